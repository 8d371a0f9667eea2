print("before")
*a: int
