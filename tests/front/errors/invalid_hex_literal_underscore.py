print("before")
x = 0x_g
