print("before")
"é"03
