print("before")
if x
\ y
