print("before")
[x for x i=
