def g():
    yield from [3, 1, 2]
print(sorted(g()), max(g()), min(g()), sum(g()), list(reversed(list(g()))), tuple(g()), set(g()) == {1, 2, 3})
print(dict(zip(g(), 'abc')), list(enumerate(g())), any(g()), all(g()))
print(' '.join(str(x) for x in g()), [*g(), *g()], {*g()} == set(g()))
a, b, c = g()
print(a, b, c)
def gen_kw(**kw):
    for k in sorted(kw):
        yield k, kw[k]
print(dict(gen_kw(z=1, a=2)))
def countdown(n):
    while n:
        yield n
        n -= 1
print(list(map(lambda v: v * v, countdown(4))), list(filter(lambda v: v % 2, countdown(7))))
