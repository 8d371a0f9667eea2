print("before")
(a.b :=
