print("before")
f() += 1
