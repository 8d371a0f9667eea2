def g():
    x = yield 1
    y = yield x * 2
    return x + y
it = g()
print(next(it), it.send(5))
try:
    it.send(10)
except StopIteration as e:
    print('return', e.value, e.args)
def empty():
    return 'nothing'
    yield
it = empty()
try:
    next(it)
except StopIteration as e:
    print('empty returned', e.value)
def collect():
    results = []
    while (v := (yield)) is not None:
        results.append(v)
    return results
c = collect()
next(c)
for v in 'abc':
    c.send(v)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
def avg_gen():
    r = yield from collect()
    yield sum(map(ord, r)) / len(r)
a = avg_gen(); next(a); a.send('a'); a.send('c')
print(a.send(None))
