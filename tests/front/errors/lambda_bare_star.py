print("before")
f = lambda *: 0
