def make_accumulator(start):
    total = start
    history = []
    def add(n):
        nonlocal total
        total += n
        history.append(n)
        return total
    add.history = history
    return add
acc = make_accumulator(100)
print(acc(10), acc(-5), acc.history, acc.__name__)
def memoize(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped
@memoize
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(60), len(ways.cache))
def outer():
    v = []
    def a(): v.append('a')
    def b(): v.append('b'); a()
    b(); a()
    return v
print(outer())
