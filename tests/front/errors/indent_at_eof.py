print("before")
if x:
