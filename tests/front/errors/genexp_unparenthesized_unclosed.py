print("before")
f(x for x in y,
