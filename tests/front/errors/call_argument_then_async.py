print("before")
f(x async)
