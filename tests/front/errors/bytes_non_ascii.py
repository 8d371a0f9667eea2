print("before")
x = b"café"
