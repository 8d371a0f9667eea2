print("before")
x = = 1
if x:
	if y:
        pass
