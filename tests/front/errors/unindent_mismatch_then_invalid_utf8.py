print("before")
if x:
  a
 b
c = "ÿ"
