"""taipan bisect vs CPython bisect."""
import sys

from _harness import Checker, load, real_module, optional, StringIO, Random

mine = load('bisect')
real = real_module('bisect')
c = Checker(mine, real)


class S:
    """A sequence that is not a list, with insert()."""
    def __init__(self, items):
        self.l = list(items)

    def __len__(self):
        return len(self.l)

    def __getitem__(self, i):
        return self.l[i]

    def insert(self, i, x):
        self.l.insert(i, x)

    def __repr__(self):
        return f'S({self.l})'


data = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for name in ('bisect_left', 'bisect_right', 'bisect'):
    for x in (-1, 0, 1, 2, 2.5, 3, 8, 13, 14, 100):
        c.check(f'{name}({x})', lambda m, name=name, x=x: getattr(m, name)(data, x))
        for lo, hi in ((0, None), (2, 5), (3, 3), (5, 2), (0, -1), (0, -2), (4, len(data)), (1, 100)):
            c.check(f'{name}({x}, {lo}, {hi})', lambda m, name=name, x=x, lo=lo, hi=hi: getattr(m, name)(data, x, lo, hi))
        c.check(f'{name}({x}) key', lambda m, name=name, x=x: getattr(m, name)(data, -x, key=lambda v: -v) if False else
                getattr(m, name)(sorted(data, key=lambda v: -v), -x, key=lambda v: -v))
        c.check(f'{name}({x}) tuple', lambda m, name=name, x=x: getattr(m, name)(tuple(data), x))
        c.check(f'{name}({x}) S', lambda m, name=name, x=x: getattr(m, name)(S(data), x))

records = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
c.many('key', [
    lambda m: [m.bisect_left(records, k, key=lambda r: r[1]) for k in range(9)],
    lambda m: [m.bisect_right(records, k, key=lambda r: r[1]) for k in range(9)],
    lambda m: [m.bisect_left(records, k, 1, 3, key=lambda r: r[1]) for k in range(9)],
    lambda m: m.bisect_right([1, 2], 1, key=lambda v: -v),
    lambda m: m.bisect_left([1], 1, key=1),
    lambda m: m.bisect_left(['b', 'a'], 'A', key=str.upper),
])


def _insort(m, name, seq, xs, **kw):
    for x in xs:
        r = getattr(m, name)(seq, x, **kw)
    return seq, r


c.many('insort', [
    lambda m: _insort(m, 'insort', [], [5, 1, 4, 1, 5, 9, 2, 6]),
    lambda m: _insort(m, 'insort_left', [], [5, 1, 4, 1, 5, 9, 2, 6]),
    lambda m: _insort(m, 'insort_right', [], [5, 1, 4, 1, 5, 9, 2, 6]),
    lambda m: _insort(m, 'insort_left', [(1, 'a'), (2, 'b')], [(1, 'z'), (2, 'y')], key=lambda t: t[0]),
    lambda m: _insort(m, 'insort_right', [(1, 'a'), (2, 'b')], [(1, 'z'), (2, 'y')], key=lambda t: t[0]),
    lambda m: _insort(m, 'insort', [1, 2, 3, 4], [0], lo=2),
    lambda m: _insort(m, 'insort', [1, 2, 3, 4], [9], hi=2),
    lambda m: _insort(m, 'insort', S([1, 3]), [2, 0, 4]),
    lambda m: _insort(m, 'insort_left', [1.0, 1, True], [1]),
    lambda m: m.insort_left([1], 1, -1),
    lambda m: m.insort(1, 1),
    lambda m: m.insort((1,), 1),
    lambda m: m.insort_left([1], 1, 0, 1, None, 3),
    lambda m: m.insort_right([1], 1, key=None, lo=-1),
])

c.many('errors', [
    lambda m: m.bisect_left([1, 2, 3], 2, -1),
    lambda m: m.bisect_right([1, 2, 3], 2, -1),
    lambda m: m.bisect_left([1, 2, 3], 2, 'a'),
    lambda m: m.bisect_left([1, 2, 3], 2, 0, 'a'),
    lambda m: m.bisect_left([1, 2, 3], 2, 0, 1.5),
    lambda m: m.bisect_left([1, 2, 3], 2, 1.0),
    lambda m: m.bisect_left([1, 2, 3], 2, None),
    lambda m: m.bisect_left([1, 2, 3], 2, 0, 10),
    lambda m: m.bisect_left([1, 2, 3], 2, 5),
    lambda m: m.bisect_left(),
    lambda m: m.bisect_left([1]),
    lambda m: m.bisect_left([1], 1, 0, 1, None),
    lambda m: m.bisect_left([1], 1, 0, 1, None, 5),
    lambda m: m.bisect_left(a=[1], x=1, lo=0, hi=1, key=None),
    lambda m: m.bisect_left(a=[1], x=1, hi=-1, lo=-1),
    lambda m: m.bisect_left([1], a=[1], x=1),
    lambda m: m.bisect_left(x=1),
    lambda m: m.bisect_left(1, 1),
    lambda m: m.bisect_left([1], 1, lo=2 ** 70),
    lambda m: m.bisect_left([1], 1, hi=2 ** 70),
    lambda m: m.bisect_left([1], 1, foo=1),
    lambda m: m.bisect_left([1, 'a'], 2),
    lambda m: m.bisect_left({0: 1, 1: 2}, 1),
    lambda m: m.bisect_left({0: 1}, 1, 0, 1),
    lambda m: m.bisect_left(5, 1, 0, 1),
    lambda m: m.bisect_left('abc', 'b'),
    lambda m: m.bisect_left([1, 2], 2, True),
    lambda m: m.bisect_left([1], 1, 0, hi=True),
    lambda m: m.bisect([1], 1, 0, 1, lambda x: x),
    lambda m: m.bisect_left([], 1, 0, 5),
    lambda m: m.bisect_right(range(10), 4.5),
    lambda m: m.bisect_left([1, 2], 1, 0, 2 ** 63 - 1),
    lambda m: m.bisect_left([None, None], None),
    lambda m: m.bisect_left([1, 2], 1, x=1),
    lambda m: m.bisect_left(x=1, a=[1], lo=0, hi=1, key=None, foo=2),
])

c.check('aliases', lambda m: (m.bisect is m.bisect_right, m.insort is m.insort_right))
c.check('__all__', lambda m: sorted(getattr(m, '__all__', [])))

rng = Random(5)
for trial in range(200):
    seq = sorted(rng.randrange(20) for _ in range(rng.randrange(12)))
    x = rng.randrange(-2, 22)
    lo = rng.randrange(0, len(seq) + 1)
    hi = rng.randrange(lo, len(seq) + 1)
    c.check(f'random {trial}', lambda m, seq=seq, x=x, lo=lo, hi=hi: (
        m.bisect_left(seq, x), m.bisect_right(seq, x), m.bisect_left(seq, x, lo, hi), m.bisect_right(seq, x, lo, hi),
        m.bisect_left(seq, x, lo, key=lambda v: v), _insort(m, 'insort_left', list(seq), [x, x + 1], lo=lo, hi=hi)))

sys.exit(c.report('bisect'))
