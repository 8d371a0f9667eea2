print("before")
x "\N"
