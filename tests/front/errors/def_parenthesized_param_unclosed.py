print("before")
def f(()
