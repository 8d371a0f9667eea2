print("before")
try:
    pass
except*#a
    pass
