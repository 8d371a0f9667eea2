print("before")
def f()->i.
