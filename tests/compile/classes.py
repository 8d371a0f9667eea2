class A:
    pass

class B(A):
    x: int = 1
    y: str
    def __init__(self):
        super().__init__()
        self.__secret = 1
    def get(self):
        return __class__
    @property
    def p(self):
        return self.__secret
    @staticmethod
    def s(): pass

def outer():
    v = 1
    class Inner:
        w = v
        def m(self):
            return v
    return Inner

class Outer:
    class Nested:
        def f(self): pass
    def g(self):
        class Local: pass
        return Local

@dec
class D:
    """doc"""
    __slots__ = ('a',)

class E(*bases, **kw):
    pass

def outer2():
    x = 1
    class C:
        x = 2
        def m(self):
            return x
    return C
