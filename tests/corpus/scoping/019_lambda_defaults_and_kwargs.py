f = lambda a, b=2, *args, c=3, **kw: (a, b, args, c, kw)
print(f(1), f(1, 5, 6, c=7, d=8))
g = lambda *, k: k * 2
print(g(k=4))
h = lambda x, /, y: x - y
print(h(5, y=2), h(5, 2))
print((lambda: (lambda: (lambda: 'deep')())())())
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print({k: v(10) for k, v in adders.items()})
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=lambda t: (-t[0], t[1])))
print(f.__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print((lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
print(list(map(lambda x, y=10: x + y, [1, 2])))
