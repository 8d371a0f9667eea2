print("before")
("") "\N"
