print("before")
[c[] c]
