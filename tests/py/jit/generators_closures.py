# Generators stay interpreted but are driven from compiled code; closures and cells.

def gen(n):
    for i in range(n):
        yield i * i

def consume(n):
    t = 0
    for v in gen(n):
        t += v
    return t

print(consume(100), consume(1000))

def counter():
    c = 0
    def inc(k):
        nonlocal c
        c += k
        return c
    return inc

inc = counter()
for i in range(200):
    inc(i)
print(inc(0))

def make_adders(n):
    return [lambda x, i=i: x + i for i in range(n)]

print(sum(f(10) for f in make_adders(100)))

def outer(n):
    total = 0
    def add(x):
        nonlocal total
        total += x
    for i in range(n):
        add(i)
    return total

print(outer(1000))

def comprehension_mix(n):
    sq = [i * i for i in range(n)]
    ev = {i: v for i, v in enumerate(sq) if v % 2 == 0}
    st = {v % 7 for v in sq}
    return len(sq), len(ev), sorted(st), sum(x for x in sq if x > 10)

print(comprehension_mix(300))

def kwargs_calls(n):
    def f(a, b=2, *args, c=3, **kw):
        return a + b + c + len(args) + len(kw)
    t = 0
    for i in range(n):
        t += f(i) + f(i, 1) + f(i, c=0) + f(i, 1, 2, 3, z=4) + f(*[i, i], **{"c": i})
    return t

print(kwargs_calls(100))
