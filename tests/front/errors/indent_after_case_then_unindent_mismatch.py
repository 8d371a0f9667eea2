print("before")
match q:
    case []:
    pass
 p
