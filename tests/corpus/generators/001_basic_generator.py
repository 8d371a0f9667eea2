def count(n):
    print('start')
    i = 0
    while i < n:
        yield i
        i += 1
    print('end')
g = count(3)
print(type(g).__name__)
print(next(g))
print(list(g))
print(list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def with_return():
    yield 1
    return 'result'
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', e.value)
