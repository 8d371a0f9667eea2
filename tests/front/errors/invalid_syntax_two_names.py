print("before")
x = 1
foo bar
