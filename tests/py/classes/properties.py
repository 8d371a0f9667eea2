# property: getter, setter, deleter, validation and computed attributes.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("  deleting celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.fahrenheit.fset, Temperature.celsius.fget.__name__)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
z = Lazy()
print(z.value, z.value, z.computed)
def get_x(self):
    return self._x * 2
def set_x(self, v):
    self._x = v
class Old:
    x = property(get_x, set_x, None, "The x property")
o = Old()
o.x = 4
print(o.x, Old.x.__doc__)
class Base:
    @property
    def name(self):
        return "base"
class Child(Base):
    @property
    def name(self):
        return "child of " + super().name
print(Child().name)
class ReadOnly:
    @property
    def fixed(self):
        return "fixed"
r = ReadOnly()
try:
    r.fixed = 1
except AttributeError as e:
    print("AttributeError:", e)
r.__dict__["fixed"] = "shadow"
print(r.fixed)
class Broken:
    @property
    def attr(self):
        return self.missing
try:
    Broken().attr
except AttributeError as e:
    print("AttributeError:", e)
class Getattr:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return f"fallback for {name}"
print(Getattr().p, Getattr().other)
