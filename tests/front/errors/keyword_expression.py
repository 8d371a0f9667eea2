print("before")
f(a.b=1)
