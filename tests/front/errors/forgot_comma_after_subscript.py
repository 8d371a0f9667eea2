print("before")
[c[c]c]
