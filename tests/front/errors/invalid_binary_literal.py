print("before")
x = 0b
