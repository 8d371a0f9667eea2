print("before")
x = f"a}b"
