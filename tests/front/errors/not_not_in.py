print("before")
x = a not not in b
