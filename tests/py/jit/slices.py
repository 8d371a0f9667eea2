# `x[a:b:c]` and `x[a:b:c] = v` compile to one helper that, for lists, builds no slice
# object: bounds, steps, errors, other containers (which still get a real slice) and
# reference counts must be exactly as with the slice.
import sys


class Idx:
    def __init__(self, v, log):
        self.v = v
        self.log = log

    def __index__(self):
        self.log.append(self.v)
        return self.v


class Seq:
    def __getitem__(self, k):
        return ("get", k.start, k.stop, k.step)

    def __setitem__(self, k, v):
        print("set", k.start, k.stop, k.step, v)


def reads(a, n):
    out = []
    for i in range(n):
        out.append(a[:])
        out.append(a[i % 5:])
        out.append(a[:-1])
        out.append(a[::-1])
        out.append(a[i % 7::-2])
        out.append(a[-3:100])
        out.append(a[1:8:3])
    return out[-7:]


def writes(n):
    out = []
    for i in range(n):
        p = list(range(10))
        k = i % 9
        p[:k + 1] = p[k::-1]
        q = p[:]
        q[::2] = q[1::2]
        q[2:4] = []
        q[1:1] = (7, 7, 7)
        q[:] = q
        out.append((p, q))
    return out[-2:]


def flips(n):
    perm = list(range(9))
    total = 0
    for _ in range(n):
        p = perm[:]
        k = p[0] if p[0] else 5
        while k:
            p[:k + 1] = p[k::-1]
            total += 1
            k = p[0]
        perm.insert(3, perm.pop(0))
    return total, perm


print(reads(list(range(12)), 50))
print(writes(50))
print(flips(300))
print(reads("abcdefghijkl", 20)[-2:], reads(tuple(range(9)), 20)[-1])

log = []
a = list(range(10))
for _ in range(30):
    r = a[Idx(2, log):Idx(8, log):Idx(2, log)]
print(r, log[:6])
log.clear()
for _ in range(30):
    a[Idx(1, log):Idx(3, log)] = [9, 9]
print(a, log[:4])
print(a[2 ** 70:], a[-2 ** 70:3], a[:2 ** 70:2 ** 65])

s = Seq()
for _ in range(30):
    got = s[1:2], s[::3]
    s[1:2:3] = "v"
print(got)

for bad in ("a[::0]", "a[1:'x']", "a[::2] = [1]", "a[1:2] = 5", "a[1.5:]", "a[::2] = ['x'] * 4"):
    for _ in range(30):
        try:
            exec(bad, {"a": list(range(10))})
        except (ValueError, TypeError) as e:
            err = "%s: %s" % (type(e).__name__, e)
    print(bad, "->", err)

# Items moved by slice assignment keep exact counts.
item = object()
base = sys.getrefcount(item)


def churn(n):
    for _ in range(n):
        x = [item, 1, item, 2]
        x[:2] = x[2:]
        x[::-1] = x
        x[1:3] = (item, item)
        y = x[::-1]
    return len(y)


print(churn(1000), sys.getrefcount(item) - base)
