print("before")
x = (1, 2]
