class A:
    def f(self): return ['A']
class B(A):
    def f(self): return ['B'] + super().f()
class C(A):
    def f(self): return ['C'] + super().f()
class D(B, C):
    def f(self): return ['D'] + super().f()
print(D().f())
print([k.__name__ for k in D.__mro__])
print(super(B, D()).f())
class Base:
    def __init__(self, x):
        print('Base init', x)
        self.x = x
class Child(Base):
    def __init__(self):
        super().__init__(10)
        print('Child init')
c = Child(); print(c.x)
try:
    class X(A, B): pass
except TypeError as e:
    print('TypeError', e)
class M:
    @classmethod
    def make(cls): return cls.__name__
class N(M):
    @classmethod
    def make(cls): return 'N>' + super().make()
print(N.make())
