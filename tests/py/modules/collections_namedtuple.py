# collections.namedtuple
from collections import namedtuple


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]))
print(tuple(p), p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)), Point(x=7, y=8), Point(1, y=3))
x, y = p
print(x, y, p + (3,), p * 2, p[::-1], max(p), 2 in p)
show(lambda: Point(1))
show(lambda: Point(1, 2, 3))
show(lambda: Point(1, 2, z=3))
show(lambda: Point._make([1]))
show(lambda: p._replace(z=1))
show(lambda: namedtuple("A", "x def"))
show(lambda: namedtuple("A", "x x"))
show(lambda: namedtuple("A", "_x"))
show(lambda: namedtuple("A", "x 1y"))
show(lambda: namedtuple("A", "x y", defaults=[1, 2, 3]))
show(lambda: setattr(p, "x", 3))
print(namedtuple("A", "x def _y x", rename=True)._fields, Point.__doc__, Point.x.__doc__, Point.__name__, Point.__module__)
Q = namedtuple("Q", ["a", "b", "c"], defaults=[0, 1])
print(Q(5), Q(1, 2, 3), Q._field_defaults, Q(c=9, a=1))
S = namedtuple("S", "v")
print(S(1), S._make([2]), namedtuple("E", "")(), namedtuple("C", "a, b")(1, 2))


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(3, 4)
print(v, v.norm2(), v._replace(y=0), type(v._replace(y=0)).__name__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(1, 2): "a"}[(1, 2)], Point(*range(2)), Point(**{"x": 0, "y": 9}))
