print("before")
async x = 1
