match seq:
    case []:
        pass
    case ():
        pass
    case [x]:
        pass
    case (x,):
        pass
    case x, y:
        pass
    case x,:
        pass
    case [x, y, *rest]:
        pass
    case (first, *_):
        pass
    case [*_, last]:
        pass
    case *init, last:
        pass
    case [*_]:
        pass
    case [[a, b], (c, d)]:
        pass
    case [1, 2, 3]:
        pass
    case (x):
        pass
    case ((x)):
        pass
    case [x,]:
        pass
    case [
        a,
        b,
    ]:
        pass
    case [1, "two", None, *others, -3j]:
        pass
    case (a, [b, (c, [d])]):
        pass
    case [_, _, _]:
        pass
    case (*a, b, c):
        pass
