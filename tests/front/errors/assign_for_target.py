print("before")
for f() in x:
    pass
