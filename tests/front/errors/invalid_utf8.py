print("before")
x = "ÿþ"
