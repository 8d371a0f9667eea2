print("before")
a,:
