"""taipan heapq vs CPython heapq (heapq is an extra: algo_sorting.py needs it)."""
import sys

from _harness import Checker, load, real_module, optional, StringIO, Random

mine = load('heapq')
real = real_module('heapq')
c = Checker(mine, real)


def pushes(m, items):
    h = []
    for x in items:
        m.heappush(h, x)
    return h


def pops(m, h):
    h = list(h)
    out = []
    while h:
        out.append(m.heappop(h))
    return out


def heapified(m, items):
    h = list(items)
    m.heapify(h)
    return h


rng = Random(7)
datasets = [[], [1], [2, 1], [5, 3, 8, 1, 9, 2, 7], list(range(20)), list(range(20, 0, -1)), [3] * 6,
            [(1, 'b'), (1, 'a'), (0, 'z')], ['pear', 'apple', 'fig', 'kiwi']]
datasets += [[rng.randrange(50) for _ in range(rng.randrange(1, 60))] for _ in range(30)]
datasets.append([rng.randrange(10 ** 6) for _ in range(3000)])
for i, data in enumerate(datasets):
    c.check(f'push {i}', lambda m, data=data: pushes(m, data))
    c.check(f'heapify {i}', lambda m, data=data: heapified(m, data))
    c.check(f'pop {i}', lambda m, data=data: pops(m, heapified(m, data)))
    c.check(f'replace {i}', lambda m, data=data: (lambda h: ([m.heapreplace(h, x) for x in data[:5]], h))(heapified(m, data)) if data else m.heapreplace([], 1))
    c.check(f'pushpop {i}', lambda m, data=data: (lambda h: ([m.heappushpop(h, x) for x in (0, 25, 100, -1)], h))(heapified(m, data)))
    for n in (-1, 0, 1, 2, 3, 5, 100):
        c.check(f'nsmallest {i} {n}', lambda m, data=data, n=n: m.nsmallest(n, data))
        c.check(f'nlargest {i} {n}', lambda m, data=data, n=n: m.nlargest(n, data))
        c.check(f'nsmallest-it {i} {n}', lambda m, data=data, n=n: m.nsmallest(n, iter(data)))
        c.check(f'nlargest-key {i} {n}', lambda m, data=data, n=n: m.nlargest(n, iter(data), key=lambda v: str(v)[-1:]))
        c.check(f'nsmallest-key {i} {n}', lambda m, data=data, n=n: m.nsmallest(n, data, key=lambda v: str(v)[-1:]))

c.many('merge', [
    lambda m: list(m.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])),
    lambda m: list(m.merge()),
    lambda m: list(m.merge([])),
    lambda m: list(m.merge([1, 2])),
    lambda m: list(m.merge([7, 5, 1], [8, 4], reverse=True)),
    lambda m: list(m.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)),
    lambda m: list(m.merge(['kangaroo', 'dog'], ['fish', 'cat'], key=len, reverse=True)),
    lambda m: list(m.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda t: t[0])),
    lambda m: list(m.merge(iter([1, 1]), iter([1]), [1])),
    lambda m: type(m.merge()).__name__,
    lambda m: list(m.merge([1], 1)),
])

c.many('errors', [
    lambda m: m.heappop([]),
    lambda m: m.heapreplace([], 1),
    lambda m: m.heappush((), 1),
    lambda m: m.heappop(()),
    lambda m: m.heapify(()),
    lambda m: m.heappushpop((), 1),
    lambda m: m.heappushpop([], 1),
    lambda m: m.heappush([1], 'a'),
    lambda m: m.heappush([]),
    lambda m: m.heappush([], 1, 2),
    lambda m: m.heappop(),
    lambda m: m.heapify([], x=1),
    lambda m: m.nsmallest(2, [1, 'a', 2]),
    lambda m: m.nsmallest(1, []),
    lambda m: m.nlargest(1, [], key=abs),
    lambda m: m.nlargest(1, [-5, 3], key=abs),
    lambda m: sorted(m.__all__),
])

sys.exit(c.report('heapq'))
