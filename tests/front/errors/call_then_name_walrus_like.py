print("before")
a n(t o=
