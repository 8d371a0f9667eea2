print("before")
if x = 1:
    pass
