print("before")
x = a if b
