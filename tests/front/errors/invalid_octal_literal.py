print("before")
x = 0o
