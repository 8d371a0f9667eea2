# Generator functions: lazy execution, state, multiple iterations.
def counting(n):
    print("  start")
    for i in range(n):
        print(f"  yielding {i}")
        yield i
    print("  end")
g = counting(2)
print(type(g).__name__, "created, nothing ran yet")
for v in g:
    print("got", v)
print(list(g), "exhausted generators stay empty")
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def pairs(items):
    it = iter(items)
    for first in it:
        second = next(it, None)
        yield first, second
print(list(pairs([1, 2, 3, 4, 5])))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            for sub in flatten(item):
                yield sub
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def with_return():
    yield 1
    return "result"
    yield 2
print(list(with_return()))
def empty():
    return
    yield
print(list(empty()), list(x for x in ()))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks("abcdefgh", 3)), sum(1 for _ in chunks(list(range(10)), 4)))
def two_gens():
    a = counting(1)
    b = (c.upper() for c in "xy")
    return list(zip(a, b))
print(two_gens())
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total
print(list(running_total([3, 1, 4, 1, 5])), max(running_total(range(5))))
gen = (i * i for i in range(3))
print(gen.__name__, next(gen), list(gen))
def state():
    x = yield
    print("  received", x)
s = state()
next(s)
try:
    s.send(5)
except StopIteration:
    print("finished after send")
print(iter(g) is g, hasattr(g, "__next__"), hasattr(counting, "__next__"))
