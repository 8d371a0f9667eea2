print("before")
t*E:
