print("before")
def f(b=(),n c
