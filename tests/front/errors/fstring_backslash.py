print("before")
x = f"{a}{'\n'.join(b)}"
