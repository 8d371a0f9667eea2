print("before")

Ü
