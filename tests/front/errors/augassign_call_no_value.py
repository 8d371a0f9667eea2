print("before")
f()+=
