print("before")
match p:
    case {**rest, "k": v}:
        pass
