print("before")
lambda Q=1,m
