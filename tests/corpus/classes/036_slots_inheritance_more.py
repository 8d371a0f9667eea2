class A:
    __slots__ = ('x',)
class B(A):
    __slots__ = ('y',)
b = B()
b.x, b.y = 1, 2
print(b.x, b.y, hasattr(b, '__dict__'))
try:
    b.z = 3
except AttributeError as e:
    print('AttributeError', e)
class C(A):
    __slots__ = ('__dict__',)
c = C()
c.x = 1; c.anything = 2
print(c.x, c.anything, vars(c))
class D:
    __slots__ = ('v',)
    def __init__(self, v): self.v = v
    def __repr__(self): return f'D({self.v})'
    def __eq__(self, o): return self.v == o.v
print(sorted([D(3), D(1)], key=lambda d: d.v), D(1) == D(1))
print(type(D.__dict__['v']).__name__, D.v.__name__)
