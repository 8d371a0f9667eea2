print("before")
del f()
