print("before")
x = 0b1012
