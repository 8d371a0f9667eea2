print("before")
("" X
f
