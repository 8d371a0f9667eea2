def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x
g = running_max()
print(next(g))
print([g.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
def gen_with_return():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x
def delegator(results):
    while True:
        r = yield from gen_with_return()
        results.append(r)
res = []
d = delegator(res)
next(d)
for batch in [[1, 2, 3], [10, 20], []]:
    for v in batch:
        d.send(v)
    d.send(None)
print(res)
