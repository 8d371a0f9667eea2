print("before")
l t(""b
