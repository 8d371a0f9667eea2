print("before")
if x:
    y = 1 + \