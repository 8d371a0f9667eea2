print("before")
x = 0x1€
