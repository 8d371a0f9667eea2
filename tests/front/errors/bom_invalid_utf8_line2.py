print("before")
y = "é"
