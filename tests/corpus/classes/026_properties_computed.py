class Rect:
    def __init__(self, w, h): self._w, self._h = w, h
    @property
    def w(self): return self._w
    @w.setter
    def w(self, v):
        print('set w', v); self._w = v
    @property
    def area(self): return self._w * self._h
r = Rect(2, 3)
print(r.area)
r.w = 10
print(r.area, r.w)
class Lazy:
    def __init__(self): self._v = None
    @property
    def v(self):
        if self._v is None:
            print('computing')
            self._v = 42
        return self._v
l = Lazy(); print(l.v, l.v)
class Base:
    @property
    def name(self): return 'base'
class Sub(Base):
    @property
    def name(self): return 'sub+' + super().name
print(Sub().name)
print(property.__name__, isinstance(Rect.area, property), Rect.area.fset is None)
