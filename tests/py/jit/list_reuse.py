# Short-lived lists (slices, copies) reuse dead lists' objects and buffers: every new
# list must still start empty, hold exactly its items, and count its items' references.
import sys


def flips(n):
    perm = list(range(n))
    total = 0
    for r in range(200):
        p = perm[:]
        k = p[0]
        while k != 0:
            p[:k + 1] = p[k::-1]
            total += 1
            k = p[0]
        perm.insert(r % n, perm.pop(0))
    return total, perm


print(flips(7))

marker = object()
before = sys.getrefcount(marker)


def churn(m):
    out = []
    for i in range(300):
        a = [m, i, m]
        b = a[::2]
        c = b[:]
        c.append(len(a))
        out.append(c[-1])
        del a, b, c
    return sum(out)


print(churn(marker), sys.getrefcount(marker) - before)

# Lists of every size around the kept-buffer limit, nested lists freed inside a
# list being freed, a subclass (never reused as a plain list).
for n in (0, 1, 63, 64, 65, 200):
    x = list(range(n))
    y = x[1:]
    z = y[::-1]
    print(n, len(y), z[:3], x[-1:] == y[-1:])
    del x, y, z
nest = [[[i] * 3 for i in range(5)] for _ in range(4)]
del nest


class L(list):
    pass


for i in range(50):
    s = L([1, 2, 3])
    t = s[:]
    s.attr = i
print(type(s).__name__, type(t).__name__, s.attr, t, [] == [], [[]][0])
