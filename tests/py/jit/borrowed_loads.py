# A local read only to be indexed or to have an attribute read or set is used without a
# reference of its own in compiled code: reference counts stay exact on every path (the
# inline ones, the helpers, an exception between the load and its use, deoptimization).
import sys


class Box:
    def __init__(self, v):
        self.v = v


class Weird:
    def __getitem__(self, k):
        return k * 2

    def __setitem__(self, k, v):
        self.last = (k, v)

    def __getattr__(self, name):
        return name.upper()


def work(c, t, d, b, w, n):
    acc = 0
    for i in range(n):
        acc += c[i % 3] + t[1] + d["k"] + b.v + w[i] + len(w.anything)
        c[0] = c[1]
        b.v = b.v + 1
        w[i] = i
        b.extra = i
    return acc


def unbound(c, flag):
    if flag:
        k = 0
    return c[k]


c, t, d, b, w = [1, 2, 3], (4, 5), {"k": 6}, Box(7), Weird()
before = [sys.getrefcount(x) for x in (c, t, d, b, w)]
for _ in range(30):
    r = work(c, t, d, b, w, 50)
after = [sys.getrefcount(x) for x in (c, t, d, b, w)]
print(r, b.v, b.extra, w.last, before == after)

lst = [10, 20]
rc = sys.getrefcount(lst)
for i in range(40):
    try:
        unbound(lst, i % 2)
    except UnboundLocalError as e:
        msg = str(e)
print(msg, sys.getrefcount(lst) == rc)

# Types changing under compiled code: a list that becomes a dict, an object whose
# attribute goes away.
def mixed(xs):
    out = []
    for x in xs:
        try:
            out.append(x[0])
        except (KeyError, IndexError, TypeError) as e:
            out.append(type(e).__name__)
    return out


print(mixed([[1], (2,), {0: "z"}, [], {}, 5, "s"] * 20)[-7:])
objs = [Box(i) for i in range(5)]
del objs[3].v
res = []
for o in objs * 10:
    try:
        res.append(o.v)
    except AttributeError as e:
        res.append(str(e))
print(res[-5:], [sys.getrefcount(o) for o in objs] == [sys.getrefcount(o) for o in objs])


# `is` and the None tests read their operands borrowed too.
def identities(items, probe):
    same = nones = 0
    for it in items:
        if it is probe:
            same += 1
        if it is not None:
            nones += 1
        if probe is it:
            same += 1
        if it is None:
            nones += 100
    return same, nones


probe = Box(1)
items = [probe, None, Box(2), probe, "x", None]
rcs = [sys.getrefcount(probe), sys.getrefcount(items[2])]
for _ in range(40):
    r = identities(items, probe)
print(r, rcs == [sys.getrefcount(probe), sys.getrefcount(items[2])])
