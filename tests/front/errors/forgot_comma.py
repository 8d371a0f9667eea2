print("before")
x = [a b]
