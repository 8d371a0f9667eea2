print("before")
try:
    pass
x = 1
