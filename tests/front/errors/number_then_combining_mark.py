print("before")
x = 1.5́
