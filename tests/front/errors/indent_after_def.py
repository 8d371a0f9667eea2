print("before")
def f():
return 1
