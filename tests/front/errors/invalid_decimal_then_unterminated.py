print("before")
x = 1ande"""
