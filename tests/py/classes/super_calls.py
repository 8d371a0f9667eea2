# super(): zero-argument and two-argument forms, cooperative __init__.
class Base:
    def __init__(self, **kw):
        self.trail = ["Base"]
        self.extra = kw
    def greet(self):
        return "base"
    @classmethod
    def create(cls):
        return f"create {cls.__name__}"
class Mixin1(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append("Mixin1")
    def greet(self):
        return "m1+" + super().greet()
class Mixin2(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append("Mixin2")
    def greet(self):
        return "m2+" + super().greet()
class Final(Mixin1, Mixin2):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append("Final")
    def greet(self):
        return "final+" + super().greet()
    @classmethod
    def create(cls):
        return "Final:" + super().create()
f = Final(k=1)
print(f.trail, f.extra, f.greet(), Final.create())
print(super(Mixin1, f).greet(), super(Mixin2, f).greet(), super(Final, f).greet())
print(super(Final, Final).create(), super(Mixin1, Final).greet(f))
class Shape:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"{type(self).__name__}({self.name})"
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def __repr__(self):
        return super().__repr__() + f"[r={self.r}]"
print(Circle(2))
class MyList(list):
    def append(self, item):
        super().append(item * 2)
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))
ml = MyList([1])
ml.append(5)
print(ml, ml[1], len(ml), list.__getitem__(ml, 0))
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
md = MyDict()
md["a"] = 1
print(md, dict(md))
class Outer:
    def method(self):
        def helper():
            return super(Outer, self).__repr__
        return helper().__name__
print(Outer().method())
class Sub(Circle):
    def area_name(self):
        return super(Circle, self).__repr__()
print(Sub(1).area_name(), isinstance(super(Sub, Sub(1)), super))
def standalone():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)
standalone()
try:
    super(Circle, 5)
except TypeError as e:
    print("TypeError:", e)
