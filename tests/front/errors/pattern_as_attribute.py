print("before")
match p:
    case 1 as a.b:
        pass
