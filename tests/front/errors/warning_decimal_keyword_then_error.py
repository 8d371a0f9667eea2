print("before")
x = 1if y else 2
z = (]
