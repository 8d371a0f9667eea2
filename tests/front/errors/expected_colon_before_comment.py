print("before")
if x  # note
    pass
