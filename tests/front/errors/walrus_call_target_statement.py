print("before")
t() := 1
