print("before")
def f(*, *:
