print("before")
True =
