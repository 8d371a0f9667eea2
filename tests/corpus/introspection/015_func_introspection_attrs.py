def f(a, b=2, *, c=3):
    "f doc"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
print(type(f.__globals__).__name__, f.__globals__ is globals(), f.__closure__)
def outer(x):
    def inner(): return x
    return inner
i = outer(5)
print(i.__qualname__, len(i.__closure__), i.__closure__[0].cell_contents)
f.__name__ = 'renamed'
print(f.__name__, f.__qualname__)
f.__defaults__ = (100,)
print(f(1), f.__defaults__)
print(sorted(k for k in dir(f) if k in ('__call__', '__code__', '__get__', '__dict__', '__annotations__')))
bm = (1).__add__
print(bm(2), bm.__name__, bm.__self__)
m = [].append
print(m.__name__, type(m.__self__).__name__)
