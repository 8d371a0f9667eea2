"""Module docstring."""
import sys
x = 1; y = 2
assert x, "message"
assert y
pass
...
del x, y
a = b = c = 1
[p, (q, r)] = 1, (2, 3)
t = 1,
print(*a, sep="", **kw)
def defaults(a=[], b={}, *, c=(), d=lambda: 1):
    pass
def only_kw(*, a, b=2):
    return a
def gen_return():
    yield
    return
class Empty: ...
x = 10 if y else 20 if z else 30
s = slice(1)[::]
n = -x ** 2
cond = a if not b else c
w = (yield_ := 5)
def g():
    global w
    w = 1
    del w
def raise_forms():
    raise
    raise E
    raise E from F
lambda: (yield)
