# Function attributes.
def outer(n):
    k = n * 2
    def inner(a, b=1, *, c=2) -> int:
        "inner doc"
        return a + b + c + k + n
    return inner


f = outer(5)
print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__annotations__)
print(f.__code__.co_name, f.__code__.co_freevars)
print(len(f.__closure__), [c.cell_contents for c in f.__closure__])
print(type(f.__closure__[0]).__name__)
print(f.__globals__ is globals())
print(f.__dict__)
f.tag = "x"
print(f.__dict__, f.tag)
print(outer.__closure__, outer.__defaults__, outer.__kwdefaults__, outer.__doc__)


def nodoc():
    pass
print(nodoc.__doc__, nodoc.__annotations__)
f.__defaults__ = (10,)
print(f(1))
f.__kwdefaults__ = {"c": 100}
print(f(1))
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
print(f.__name__, f.__qualname__, repr(f).startswith("<function Q.renamed at"))
g = lambda: 0
print(g.__name__, g.__qualname__, g.__code__.co_name)


def other(a):
    return a * 100
other.__code__ = (lambda a: a - 1).__code__
print(other(5), other.__code__.co_name)


class C:
    def m(self):
        return 1
print(C.m.__qualname__, C().m.__func__ is C.m, C().m.__self__.__class__.__name__)
