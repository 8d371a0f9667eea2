print("before")
def f(**e,a
