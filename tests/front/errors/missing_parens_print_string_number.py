print("before")
print""5
