print("before")
with open(p) as f
    pass
