print("before")
x = ur"abc"
