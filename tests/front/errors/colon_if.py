print("before")
if x
    pass
