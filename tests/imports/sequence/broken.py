print("executing broken")
x = 1 / 0
