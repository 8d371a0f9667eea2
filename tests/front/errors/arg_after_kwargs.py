print("before")
def f(**k, a):
    pass
