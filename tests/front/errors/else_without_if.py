print("before")
else:
    pass
