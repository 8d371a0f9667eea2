print("before")
[(),for
