print("before")
z = = 1
x = 0o7and 2
