print("before")
x = 0x
