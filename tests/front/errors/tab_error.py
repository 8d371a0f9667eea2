print("before")
if x:
	pass
        pass
