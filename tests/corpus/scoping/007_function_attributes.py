def f(a: int, b: str = 'x', *args, c: float = 1.0, **kw) -> bool:
    """Doc of f."""
    local1 = a
    return True
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__annotations__)
print(f.__defaults__, f.__kwdefaults__)
c = f.__code__
print(c.co_argcount, c.co_kwonlyargcount, c.co_varnames, c.co_name)
f.custom = 'attr'
print(f.custom, f.__dict__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
class A:
    def m(self): pass
print(A.m.__qualname__, A().m.__name__)
