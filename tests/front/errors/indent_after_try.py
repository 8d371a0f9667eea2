print("before")
try:
pass
