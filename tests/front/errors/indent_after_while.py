print("before")
while x:
pass
