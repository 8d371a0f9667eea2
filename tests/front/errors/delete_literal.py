print("before")
del (a, 1)
