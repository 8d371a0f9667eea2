print("before")
x = "héllo wörld
