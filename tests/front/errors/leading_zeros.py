print("before")
x = 0123
