def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
print(c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def outer():
    x = 'outer'
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
def mk(x):
    def get(): return x
    def set(v):
        nonlocal x
        x = v
    return get, set
g, s = mk(1); s(42); print(g())
