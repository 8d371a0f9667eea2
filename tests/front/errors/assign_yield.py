print("before")
def f():
    yield = 1
