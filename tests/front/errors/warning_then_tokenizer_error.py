print("before")
x = [1jfor x in y]
z = "abc
