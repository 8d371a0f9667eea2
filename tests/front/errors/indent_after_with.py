print("before")
with a:
pass
