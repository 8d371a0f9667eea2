# Infinite generators consumed manually with next() (no itertools).
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def take(n, gen):
    out = []
    for _ in range(n):
        out.append(next(gen))
    return out
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
def cycle(items):
    while True:
        for item in items:
            yield item
def zip_gens(a, b):
    while True:
        yield next(a), next(b)
print(take(10, naturals()), take(5, naturals(100)))
p = primes()
print(take(15, p), next(p), next(p))
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
c = cycle("abc")
print("".join(next(c) for _ in range(10)))
z = zip_gens(naturals(), cycle([True, False]))
print(take(4, z))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
n = next(f)
while n < 10 ** 20:
    n = next(f)
print(n)
def powers_of_two():
    v = 1
    while True:
        yield v
        v *= 2
pw = powers_of_two()
for _ in range(64):
    last = next(pw)
print(last, next(pw))
def take_while(pred, gen):
    for v in gen:
        if not pred(v):
            return
        yield v
print(list(take_while(lambda v: v < 30, primes())))
sentinel = object()
g = collatz(4)
values = []
while (v := next(g, sentinel)) is not sentinel:
    values.append(v)
print(values, next(g, "exhausted"))
