print("before")
try:(""[()])
except*r,)
