print("before")
x = 1_000_
