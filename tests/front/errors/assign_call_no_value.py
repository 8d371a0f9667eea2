print("before")
f() =
