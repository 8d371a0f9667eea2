print("before")
x = "日本" = y
