data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 10])
for s in ['a=1', 'b', 'c=3']:
    if (parts := s.split('=')) and len(parts) == 2:
        print(tuple(parts))
def describe(obj):
    match obj:
        case 0:
            return 'zero'
        case int(n) if n < 0:
            return f'negative {n}'
        case [x, y]:
            return f'pair {x},{y}'
        case [x, *rest]:
            return f'list starting {x} rest {rest}'
        case {'type': 'point', 'x': x}:
            return f'point x={x}'
        case str() as s:
            return 'string ' + s
        case (1 | 2 | 3) as small:
            return f'small {small}'
        case _:
            return 'other'
for o in [0, -5, [1, 2], [1, 2, 3], {'type': 'point', 'x': 9}, 'hi', 2, 3.5, 100]:
    print(describe(o))
class Pt:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
match Pt(1, 2):
    case Pt(0, _): print('on y axis')
    case Pt(x, y=2): print('y is 2, x', x)
