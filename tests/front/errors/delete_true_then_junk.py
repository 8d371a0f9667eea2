print("before")
del True 1
