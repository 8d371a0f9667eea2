# Function definitions with every parameter kind.
def f(): pass
def f(a): pass
def f(a, b=1): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a=1, /, b=2, *, c=3): pass
def f(a, b=2, /, c=3, *args, d, e=5, **kwargs): pass
def f(*, a): pass
def f(*, a=1, b): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a, /, *, b): pass
def f(a, /, **kw): pass
def f(a,): pass
def f(a, /,): pass
def f(*args,): pass
def f(**kw,): pass
def f(*, a,): pass
def f(a, b, /, c, d, *, e, f):
    return a


def f(
    a,
    b=(1, 2),
    *args,
    c=[],
    **kwargs,
):
    """Docstring."""
    return a, b, args, c, kwargs


def outer(x):
    def inner(y):
        def innermost(z):
            return x + y + z
        return innermost
    return inner


def f(a=lambda: 0, b=lambda x, *y, **z: (x, y, z)): ...
def f(a=yield_, b=not c, d=e if f else g): ...
def f(a=(yield_ := 1)): ...
def f(self, *, key=None, reverse=False): ...
def f(a, b, c=1, d=2, /, e=3, *f, g, h=4, i, **j): ...
def f(): return
def f(): return 1
def f(): return 1, 2
def f(): return *a, *b
def f(): x = 1; return x
def match(case, _): return case
