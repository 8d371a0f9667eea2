print("before")
for f()
