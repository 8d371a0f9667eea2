print("before")
a or x = e _
