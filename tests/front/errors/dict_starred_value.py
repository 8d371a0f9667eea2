print("before")
x = {1: *a}
