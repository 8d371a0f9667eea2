print("before")
x = 0x1or 2
z = = 1
