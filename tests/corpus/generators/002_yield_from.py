def inner():
    x = yield 'i1'
    print('inner got', x)
    yield 'i2'
    return 'inner-ret'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield from range(2)
    yield from 'ab'
g = outer()
print(next(g))
print(g.send('hello'))
print(list(g))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), {4: 0})))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
