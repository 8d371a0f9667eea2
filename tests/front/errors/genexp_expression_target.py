print("before")
(x for 1*1)
