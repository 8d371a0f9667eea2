print("before")
match p:
    case 1 + 1:
        pass
