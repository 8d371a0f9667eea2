def f(a, b, /, c, *, d): pass
def g(x, y=1): pass
class C:
    def m(self, a): pass
for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2, 3, 4, d=1), lambda: f(1, 2, c=3), lambda: f(a=1, b=2, c=3, d=4),
             lambda: g(), lambda: g(1, 2, 3), lambda: g(1, z=2), lambda: g(1, x=2), lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1),
             lambda: len(), lambda: len([], []), lambda: int('1', 2, 3), lambda: isinstance(1), lambda: sorted([], 1), lambda: max(key=len)]:
    try:
        call()
    except TypeError as e:
        print(e)
