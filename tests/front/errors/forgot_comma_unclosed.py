print("before")
(""b(""e
