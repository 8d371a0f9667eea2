print("before")
match[b]
x = = 1
