print("before")
x = (]
ÿ
