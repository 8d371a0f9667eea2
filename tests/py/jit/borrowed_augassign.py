# `x[i] op= v` and `o.a op= v` on a local use the local's value without references of
# its own (the copies the augmented assignment makes included): counts stay exact on
# the inline paths, through helpers, when the right-hand side raises, when the
# subscript or attribute protocol is user code, and when the local is rebound mid-way.
import sys


class Box:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


class Plain:
    def __init__(self):
        self.a = 0
        self.f = 0.5


class Logged:
    def __init__(self):
        self.items = {}
        self.log = []

    def __getitem__(self, k):
        self.log.append(("get", k))
        return self.items.get(k, 0)

    def __setitem__(self, k, v):
        self.log.append(("set", k))
        self.items[k] = v


class Prop:
    def __init__(self):
        self._a = 1

    @property
    def a(self):
        return self._a

    @a.setter
    def a(self, v):
        self._a = v * 2 % 1000


def lists(b, c, n):
    for i in range(n):
        b[i % 5] += i
        b[(i + 1) % 5] -= b[i % 5] * 2 % 7
        c[3] -= 0.25 * c[6]
        c[i % 7] *= 1.0
    return b, c


def attrs(p, q, r, n):
    for i in range(n):
        p.a += i
        p.f -= 0.125 * p.f
        q.a += 1
        r.a += 3
    return p.a, p.f, q.a, r.a


def raising(b, n):
    caught = 0
    for i in range(n):
        try:
            b[0] += 1 // (i % 3)
        except ZeroDivisionError:
            caught += 1
        try:
            b[9] += 1
        except IndexError:
            caught += 1
    return caught, b[0]


def rebinding(b, n):
    out = []
    for i in range(n):
        b[0] += (b := [i, i])[0]
        out.append(b[0])
    return out[-3:]


def changing(xs, n):
    for i in range(n):
        x = xs[i % len(xs)]
        x[1] += 2
    return [x[1] for x in xs]


b = [0] * 5
c = [1.0] * 7
before = sys.getrefcount(b), sys.getrefcount(c)
print(lists(b, c, 3000))
print(sys.getrefcount(b) - before[0], sys.getrefcount(c) - before[1])

p, q, r = Plain(), Box(5), Prop()
before = sys.getrefcount(p), sys.getrefcount(q), sys.getrefcount(r)
print(attrs(p, q, r, 3000))
print(sys.getrefcount(p) - before[0], sys.getrefcount(q) - before[1], sys.getrefcount(r) - before[2])

b = [0]
before = sys.getrefcount(b)
print(raising(b, 3000))
print(sys.getrefcount(b) - before)

b = [1, 2]
before = sys.getrefcount(b)
print(rebinding(b, 3000))
print(sys.getrefcount(b) - before)

lg = Logged()
xs = [[0, 0], lg, {1: 5}, [0, 1, 2]]
before = sys.getrefcount(xs[0]), sys.getrefcount(lg), sys.getrefcount(xs[2])
print(changing(xs, 3000)[:1], lg.items, xs[2], xs[3], len(lg.log))
print(sys.getrefcount(xs[0]) - before[0], sys.getrefcount(lg) - before[1], sys.getrefcount(xs[2]) - before[2])
