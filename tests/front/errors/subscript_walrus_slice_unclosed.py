print("before")
a[x:=1:
