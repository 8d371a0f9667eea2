match command:
    case "go" | "move" as verb:
        pass
    case [("n" | "s" | "e" | "w") as direction]:
        pass
    case Point(x=0) | Point(y=0) as axis if axis.x == axis.y:
        pass
    case [x, y] if x > y:
        pass
    case {"type": "t", **rest} if (n := len(rest)) > 2:
        pass
    case 1 | 2 | 3:
        pass
    case (1 as one) | (2 as one):
        pass
    case x if x:
        pass
    case Color.RED | Color.GREEN:
        pass
    case [a, b] as pair if a and not b:
        pass
    case (a as b) as c:
        pass
    case [1 | 2 as x, *_] as whole:
        pass
    case {"k": (1 | 2) as v}:
        pass
    case Point(x=(0 as zero)):
        pass
    case _ if cond:
        pass
    case _:
        pass
