print("before")
def f(a, ("
