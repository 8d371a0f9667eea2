print("before")
del *a
