print("before")
[()=
