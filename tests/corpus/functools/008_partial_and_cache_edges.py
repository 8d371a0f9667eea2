from functools import partial, lru_cache, reduce
def f(a, b, c=0, *args, **kw): return (a, b, c, args, sorted(kw.items()))
p = partial(f, 1, c=5)
print(p(2), p(2, c=9, z=1))
try:
    p(2, 3)
except TypeError as e:
    print("TypeError", e)
pp = partial(partial(f, 1), 2)
print(pp(), pp.func is f, pp.args)
print(partial(f, 1, 2, 3, 4)(5), partial(f, x=1)(1, 2, x=2))
try:
    partial()
except TypeError as e:
    print('TypeError', e)
try:
    partial(5)
except TypeError as e:
    print('TypeError', e)
@lru_cache(maxsize=None)
def add(a, b=0): return a + b
print(add(1), add(1, 0), add(a=1), add(1, b=0), add.cache_info().misses)
@lru_cache(maxsize=0)
def nocache(x):
    print('called', x); return x
nocache(1); nocache(1)
print(nocache.cache_info())
try:
    add([1])
except TypeError as e:
    print('TypeError', e)
print(reduce(lambda a, b: a + b, 'abc'), reduce(lambda a, b: b, range(5), 'init'))
