print("before")
x = "\N{}"
