print("before")
x = f"{}"
