match = 1
case = 2
_ = 3
match.attr = 4
match[0] = 5
match(x)
match (x)
match * y
match - z
match[a, b]
print(match, case, _)
match x:
    case case:
        pass
match match:
    case match:
        pass
match (x):
    case _: pass
match x,:
    case _: pass
match x, y:
    case a, b: pass
match *a, b:
    case _: pass
match -x:
    case _: pass
match [x]:
    case [1]: pass
match {1: 2}:
    case {1: _, **rest}: pass
match x := f():
    case _: pass
match f(x).y[0]:
    case _:
        match inner:
            case 1:
                match = case = 0


def match(): ...
class case: ...
match.case = case.match


async def f():
    match await x:
        case _: pass
