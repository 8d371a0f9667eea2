print("before")
[y := (), for i in z]
