# Class definition, instances, attributes and methods.
class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def describe(self):
        return f"Point({self.x}, {self.y}) in {self.dims}D"
p = Point(3, 4)
q = p.moved(1, -1)
print(p.x, p.y, p.norm2(), q.describe(), Point.dims, p.dims, Point.__doc__)
p.z = 5
print(sorted(vars(p).items()), "z" in p.__dict__, hasattr(q, "z"))
print(Point.norm2(p), Point.__name__, type(p).__name__, type(p) is Point, p.__class__ is Point)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
class Empty:
    pass
e = Empty()
e.anything = [1, 2]
print(e.anything, type(e).__name__, isinstance(e, object), Empty.__bases__[0].__name__)
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.id = Counter.total
for _ in range(3):
    c = Counter()
print(Counter.total, c.id)
class WithClassState:
    registry = []
    def register(self, item):
        self.registry.append(item)
a, b = WithClassState(), WithClassState()
a.register(1)
b.register(2)
print(WithClassState.registry, a.registry is b.registry)
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, v):
        self.ops.append(("add", v))
        return self
    def mul(self, v):
        self.ops.append(("mul", v))
        return self
    def run(self, start):
        for op, v in self.ops:
            start = start + v if op == "add" else start * v
        return start
print(Chain().add(2).mul(10).add(1).run(1))
def outside_method(self):
    return "attached " + type(self).__name__
Point.extra = outside_method
print(p.extra(), getattr(p, "extra")())
class Temp:
    def __init__(self):
        self.celsius = 20
t = Temp()
t.celsius += 5
del t.celsius
print(hasattr(t, "celsius"), vars(t))
print(repr(Empty.__module__), Point.__qualname__, "describe" in Point.__dict__)
