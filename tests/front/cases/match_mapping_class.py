match obj:
    case {}:
        pass
    case {"key": value}:
        pass
    case {"a": 1, "b": [x, y]}:
        pass
    case {**rest}:
        pass
    case {"k": v, **rest}:
        pass
    case {1: a, -2: b, None: c, True: d, 1 + 2j: e, b"x": f}:
        pass
    case {Color.RED: x, mod.sub.CONST: y}:
        pass
    case {"k": v,}:
        pass
    case {"k": v, **rest,}:
        pass
    case {"nested": {"deep": [1, {"deeper": _}]}}:
        pass
    case Point():
        pass
    case Point(x, y):
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2):
        pass
    case mod.Point(x=px, y=py):
        pass
    case Point(x, y,):
        pass
    case Point(x=[a, b], y={"k": v}):
        pass
    case int() | str():
        pass
    case a.b.c.D(e):
        pass
    case int(x) | float(x):
        pass
    case Point(
        x=1,
        y=2,
    ):
        pass
    case Outer(Inner(a), other=Inner(b=c)):
        pass
    case str(_):
        pass
