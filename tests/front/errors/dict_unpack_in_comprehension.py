print("before")
x = {**a for a in b}
