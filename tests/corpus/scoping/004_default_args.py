def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
def g(l=[]):
    l.append(1)
    return l
print(g(), g(), g([0]))
def h(a, /, b, *, c):
    return a, b, c
print(h(1, 2, c=3), h(1, b=2, c=3))
try:
    h(a=1, b=2, c=3)
except TypeError as e:
    print('TypeError', e)
try:
    h(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
def k(*, only): return only
print(k(only=1))
print(f.__defaults__, f.__kwdefaults__, h.__code__.co_posonlyargcount, h.__code__.co_kwonlyargcount)
def spread(*a, **k): return a, k
print(spread(*[1, 2], *(3,), **{'x': 1}, **{'y': 2}))
try:
    spread(**{'x': 1}, x=2)
except TypeError as e:
    print('TypeError', e)
