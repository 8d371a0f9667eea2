print("before")
f(a=1, b.)
