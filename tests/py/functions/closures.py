# Closures, nonlocal, late binding and cell sharing.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc()
inc(5)
inc2, get2 = make_counter()
inc2()
print(get(), get2())
def make_adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def make_adders_fixed():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders_fixed()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed before call"
    return middle()()
print(outer())
def shared():
    items = []
    def add(v):
        items.append(v)
    def show():
        return list(items)
    return add, show
add, show = shared()
add(1)
add(2)
print(show())
def nonlocal_chain():
    a = 1
    def level1():
        def level2():
            nonlocal a
            a += 10
            return a
        return level2()
    level1()
    level1()
    return a
print(nonlocal_chain())
def closure_names():
    x, y = 1, 2
    def uses_x():
        return x
    return uses_x
fn = closure_names()
print(fn.__code__.co_freevars, fn.__closure__[0].cell_contents, len(fn.__closure__))
def accumulate():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulate()
print([acc(n) for n in range(1, 6)])
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
print(compose(str, lambda v: v * 2, abs)(-21))
def loop_closures():
    fns = []
    for name in ("a", "b"):
        def f():
            return name
        fns.append(f)
    return [f() for f in fns]
print(loop_closures())
def modify_later():
    val = 1
    def reader():
        return val
    val = 2
    r1 = reader()
    val = 3
    return r1, reader()
print(modify_later())
