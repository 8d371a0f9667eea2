def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls
def count_instances(cls):
    orig = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@add_repr
@count_instances
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
p = Point(1, 2); q = Point(3, 4)
print(p, q, Point.instances)
setattr(Point, 'norm', lambda self: (self.x ** 2 + self.y ** 2) ** 0.5)
print(q.norm())
print(hasattr(Point, '__repr__'), Point.__init__.__name__)
