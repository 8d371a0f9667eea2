print("before")
s = "😀😀" $ 1
