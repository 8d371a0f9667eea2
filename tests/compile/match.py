def m(cmd):
    match cmd:
        case 0 | 1 | 2:
            return "small"
        case -1:
            return "neg"
        case 1.5 | 2j | -3+4j:
            return "num"
        case "go" | b"go":
            return "go"
        case None:
            return "none"
        case True:
            return "true"
        case [x, y]:
            return x + y
        case [first, *rest]:
            return rest
        case [_, _, *_]:
            return "long"
        case [a, *_, b]:
            return a, b
        case (p, q, r):
            return p
        case {"k": v, **kw}:
            return v, kw
        case {"a": 1, "b": [c, d]}:
            return c
        case {}:
            return "empty"
        case Point(x=0, y=yy) if yy > 0:
            return yy
        case Point(1, 2):
            return "pt"
        case str() | bytes() as s:
            return s
        case Color.RED:
            return "red"
        case [Point(x=px), (1 | 2) as n]:
            return px, n
        case {"x": (1 | 2) as n2, "y": [*_]}:
            return n2
        case (a1, b1) | [b1, a1]:
            return a1, b1
        case _ if cmd:
            return "guarded"
        case other:
            return other

def m2(x):
    match x:
        case _:
            pass

def m3(x):
    match x:
        case [1, 2]:
            pass
        case _:
            y = 1
