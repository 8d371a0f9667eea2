from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p[1], p == (1, 2), len(p), list(p), Point._fields)
print(p._replace(x=10), p._asdict(), Point._make([5, 6]))
x, y = p; print(x + y)
P3 = namedtuple('P3', 'x y z', defaults=[0])
print(P3(1, 2), P3._field_defaults)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
class V(namedtuple('V', 'a b')):
    def total(self): return self.a + self.b
print(V(3, 4).total(), V(3, 4), isinstance(p, tuple))
R = namedtuple('R', 'class def', rename=True)
print(R._fields)
print(sorted([Point(2, 1), Point(1, 5)]), hash(p) == hash((1, 2)))
