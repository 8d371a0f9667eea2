print("before")
f(None=1)
