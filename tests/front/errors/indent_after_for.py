print("before")
for x in y:
pass
