print("before")
x = "a" b"b"
