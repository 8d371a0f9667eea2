print("before")
x = "\x4"
