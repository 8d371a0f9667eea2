print("before")
x = a a if b
