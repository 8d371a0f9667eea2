print("before")
x = 1e+
