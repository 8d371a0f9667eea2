print("before")
a,+=
