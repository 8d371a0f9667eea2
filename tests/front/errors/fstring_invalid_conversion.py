print("before")
x = f"{a!x}"
