def f(a, b=1, *args, c, d=2, **kw):
    "doc"
    return a + b

def g(x, /, y):
    def inner():
        return x + y
    return inner

def h():
    yield 1
    yield from g(1, 2)

lam = lambda x, y=2: x * y

@decorator
@other(1)
def decorated(): pass

class C(Base, metaclass=M):
    "class doc"
    attr = 1
    def method(self):
        return super().method()
    def __private(self):
        return self.__x

def annotated(a: int, b: "str" = "") -> list:
    x: int = 1
    return x

def closure():
    v = 0
    def inc():
        nonlocal v
        v += 1
        return v
    return inc

def uses_global():
    global G
    G = 1
    return G
