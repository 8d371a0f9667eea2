class Typed:
    def __init__(self, typ): self.typ = typ
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name); self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError(f'{self.name[1:]} must be {self.typ.__name__}')
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
p = Person()
p.name = 'ann'; p.age = 30
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError', e)
class NonData:
    def __get__(self, obj, t): return 'from descriptor'
class H:
    attr = NonData()
h = H()
print(h.attr)
h.__dict__['attr'] = 'instance wins'
print(h.attr)
class Counter:
    def __get__(self, obj, t):
        return 'class access' if obj is None else 'instance access'
class Q:
    c = Counter()
print(Q.c, Q().c)
