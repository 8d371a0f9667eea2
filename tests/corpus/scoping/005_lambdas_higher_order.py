compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda: 'no args')(), (lambda *a, **k: (a, k))(1, z=2))
print(sorted(['aa', 'b', 'ccc'], key=lambda s: -len(s)))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1))
print((lambda x: (lambda y: x + y))(3)(4))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
f = lambda: 0
print(f.__name__, f.__qualname__)
def curry(f):
    def c(*args):
        if len(args) >= f.__code__.co_argcount:
            return f(*args)
        return lambda *more: c(*args, *more)
    return c
add3 = curry(lambda a, b, c: a + b + c)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1, 2, 3))
