print("before")
def f(a, *):
    pass
