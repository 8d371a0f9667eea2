print("before")
x = 1é
