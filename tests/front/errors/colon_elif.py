print("before")
if x:
    pass
elif y
    pass
