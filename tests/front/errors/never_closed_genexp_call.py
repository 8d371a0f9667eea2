print("before")
f(""
for x in y:
