print("before")
f() = a if b
