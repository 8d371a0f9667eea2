print("before")
a + b = c
