print("before")
(a.b := 1)
