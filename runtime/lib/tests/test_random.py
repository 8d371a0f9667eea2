"""taipan random vs CPython random: the same sequences for the same seeds."""
import sys

from _harness import Checker, load, real_module

mine = load('random')
real = real_module('random')
c = Checker(mine, real)

SEEDS = [0, 1, 2, 42, -1, -12345, 2**31, 2**32, 2**32 + 1, 2**64 - 1, 2**100 + 7, 10**40,
         '', 'a', 'seed', 'é☃', 'x' * 300, b'', b'bytes', bytearray(b'ba'), 0.5, -3.25, 1e100, True]

for s in SEEDS:
    def draws(m, s=s):
        r = m.Random(s)
        return ([r.random() for _ in range(3)], [r.getrandbits(k) for k in (1, 7, 31, 32, 33, 64, 100)],
                [r.randrange(10) for _ in range(5)], r.randrange(-7, 50, 4), r.randrange(10**25),
                r.randint(1, 6), r.choice('abcdefg'), r.sample(range(40), 7), r.sample(range(10**6), 4),
                r.uniform(2, 3), r.gauss(1, 2), r.gauss(), r.normalvariate(), r.expovariate(0.5),
                r.triangular(0, 10, 3), r.choices('xyz', [5, 1, 2], k=4), r.choices('pq', k=3),
                r.randbytes(6), r.betavariate(2, 3), r.gammavariate(0.5, 1), r.gammavariate(3, 2),
                r.paretovariate(2), r.weibullvariate(1, 2), r.lognormvariate(0, 1), r.vonmisesvariate(1, 2))
    c.check(f'draws {s!r}', draws)

    def shuffled(m, s=s):
        r = m.Random(s)
        out = []
        for n in (0, 1, 2, 5, 30):
            x = list(range(n))
            r.shuffle(x)
            out.append(x)
        return out
    c.check(f'shuffle {s!r}', shuffled)


def module_level(m):
    m.seed(99)
    return m.random(), m.randint(0, 100), m.getrandbits(40), m.choice([1, 2, 3])


c.check('module functions', module_level)
c.check('seed version 1', lambda m: (lambda r: (r.seed('abc', version=1), r.random())[1])(m.Random()))
c.check('state round trip', lambda m: (lambda r: (r.setstate(r.getstate()), r.random())[1])(m.Random(5)))
c.check('state after draws', lambda m: (lambda r: [r.random() for _ in range(700)] and r.getstate()[1][-1])(m.Random(5)))
c.check('sample counts', lambda m: m.Random(3).sample(['a', 'b'], counts=[3, 2], k=4))
for f in [lambda m: m.Random(1).choice([]), lambda m: m.Random(1).randint(5, 1), lambda m: m.Random(1).randrange(0),
          lambda m: m.Random(1).randrange(1, 5, 0), lambda m: m.Random(1).randrange(5, 1, 1),
          lambda m: m.Random(1).randrange(1, 9, -2), lambda m: m.Random(1).getrandbits(-1),
          lambda m: m.Random(1).sample({1, 2}, 1), lambda m: m.Random(1).sample([1], 2),
          lambda m: m.Random(1).choices('ab', [1], k=1), lambda m: m.Random(1).choices('ab', [0, 0]),
          lambda m: m.Random(1).choices('ab', 2), lambda m: m.Random(1).gammavariate(0, 1),
          lambda m: m.Random(1).setstate((9, (), None)), lambda m: m.Random(1).randrange(5, step=2)]:
    c.check('error', f)


class Sub:
    pass


def subclass_random(m):
    class R(m.Random):
        def random(self):
            return 0.375
    return R(1).randrange(10), R(1).choice('abcdefgh'), R(1).sample(range(5), 2)


c.check('subclass overriding random()', subclass_random)

sys.exit(c.report('random'))
