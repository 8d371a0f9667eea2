print("before")
x = f"{a"
