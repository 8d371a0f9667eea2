print("before")
if x:
    pass
else
    pass
