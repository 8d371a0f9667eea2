print("before")
x = 1 +  # c
