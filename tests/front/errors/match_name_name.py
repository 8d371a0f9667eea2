print("before")
match h x
