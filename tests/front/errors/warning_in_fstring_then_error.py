print("before")
x = f"{0b1in y}"
z = = 1
