print("before")
x = 12abc
