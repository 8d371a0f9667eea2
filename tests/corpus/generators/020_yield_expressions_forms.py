def g():
    a = yield
    b = (yield a) + 1
    c = [(yield b), (yield 'second')]
    yield c
    yield (yield)
it = g()
print(next(it))
print(it.send(10))
print(it.send(5))
print(it.send('x'))
print(it.send('y'))
print(next(it))
print(it.send('final'))
def lam_gen():
    f = lambda: (yield 1)
    return list(f())
print(lam_gen())
def yield_in_expr():
    total = 0
    for i in range(3):
        total += (yield i) or 0
    yield 'total', total
it = yield_in_expr()
print(next(it), it.send(10), it.send(20), it.send(30))
