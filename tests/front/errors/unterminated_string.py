print("before")
x = 'abc
y = 2
