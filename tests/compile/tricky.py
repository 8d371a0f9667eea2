class A:
    def f(self):
        def g():
            return super().f() + __class__.x
        return g
    def h(self):
        return lambda: super().h()
    x = [y for y in range(3)]
    z = [x for _ in range(2)]

def finally_return():
    try:
        return 1
    finally:
        return 2

def finally_in_loop(xs):
    for x in xs:
        try:
            return x
        finally:
            if x:
                continue
            break

async def async_with_return(a):
    async with a:
        return 1

async def async_nested(a):
    return [x async for x in a for y in x], (await y async for y in a)

def del_free():
    v = 1
    def inner():
        nonlocal v
        del v
    return inner

def star_names(*, a, b=1, **kw):
    return a, b, kw

def deco_exprs():
    @a.b[0](1)
    @(lambda f: f)
    def inner(): pass
    return inner

def gen_in_try():
    try:
        yield 1
    except GeneratorExit:
        raise
    finally:
        print("closing")

def ternary_chain(a, b, c):
    if (a if b else c) and not (b or c):
        return a < b < c if a else b is not c
    return not (a and (b or not c))

def unpack_forms(seq):
    (a, b), *c, [d, e] = seq
    for i, (j, k) in enumerate(seq):
        pass
    [x] = seq
    x, = seq
    return a, b, c, d, e, x

def while_else(n):
    while n:
        n -= 1
        if n == 5:
            break
    else:
        return -1
    return n

def nested_with_try():
    with open("a") as a:
        try:
            with open("b") as b:
                return a, b
        except OSError as err:
            return err

def comprehension_scopes(xs):
    k = 10
    return {k: [v + k for v in xs] for k in xs}, [lambda: k for k in xs]

def genexp_in_call(xs):
    return sum(x for x in xs), max((x for x in xs), default=0)

def keyword_only_closure(*, a):
    return lambda: a

lam = lambda *a, **k: (a, k)
