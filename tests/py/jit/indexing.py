# List and tuple indexing, list stores and list iteration are inline in compiled code;
# every case the inline path does not take must still behave as in the interpreter.


class L(list):
    def __getitem__(self, i):
        return ("sub", list.__getitem__(self, i))


class T(tuple):
    pass


def reads(seq, idxs):
    out = []
    for i in idxs:
        try:
            out.append(seq[i])
        except (IndexError, TypeError, KeyError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


idxs = [0, 1, -1, -3, 2, 3, -4, 10 ** 20, True, 1.0, slice(1, None)]
for _ in range(3):
    print(reads([10, 20, 30], idxs))
    print(reads((10, 20, 30), idxs))
    print(reads(T((10, 20, 30)), idxs))
    print(reads(L([10, 20, 30]), idxs))
    print(reads("abc", idxs))
    print(reads({0: "zero", -1: "minus", True: "true"}, idxs))
    print(reads(range(3), idxs))


def writes(seq, idxs):
    out = []
    for n, i in enumerate(idxs):
        try:
            seq[i] = n
            out.append(list(seq))
        except (IndexError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


for _ in range(3):
    print(writes([0, 0, 0], [0, -1, 2, 3, -4, 10 ** 20, False, slice(0, 2)]))
    print(writes((0, 0), [0]))
    d = {}
    print(writes(d, [0, 1, -1]), d)

# Loads take a reference, stores release the old item's.
import sys
o = object()
box = [o, o]
before = sys.getrefcount(o)
held = [box[k % 2] for k in range(50)]
print(sys.getrefcount(o) - before)
del held
for k in range(50):
    box[k % 2] = k
print(sys.getrefcount(o) - before, box)


# Iterating lists: growing, shrinking and replaced during the loop.
def grow(n):
    items = [1]
    seen = []
    for x in items:
        seen.append(x)
        if len(items) < n:
            items.append(x + 1)
    return seen


def shrink(items):
    seen = []
    for x in items:
        seen.append(x)
        if items:
            items.pop()
    return seen


def nested(rows):
    total = 0
    for row in rows:
        for v in row:
            total += v
    return total


for _ in range(3):
    print(grow(8), shrink(list(range(9))), nested([[1, 2], [], [3, 4, 5]] * 10))

# Iterators made elsewhere and continued in a compiled loop.
it = iter([1, 2, 3, 4, 5])
next(it)
print([x * x for x in it], list(it))

# Float items and matrix-style double indexing.
m = [[float(i * 3 + j) for j in range(3)] for i in range(3)]
for i in range(3):
    for j in range(3):
        m[i][j] = m[i][j] * 0.5 + m[j][i]
print(m)


# Unpacking: exact tuples of the right length inline, anything else as before.
def unpack2(v):
    try:
        a, b = v
        return a, b
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


for v in [(1, 2), [3, 4], "xy", (1, 2, 3), (1,), T((5, 6)), iter([7, 8]), 5, {9: 0, 10: 0}] * 3:
    print(unpack2(v))
pairs = [(i, i * i) for i in range(40)]
print(sum(a * b for a, b in pairs), [(b, a) for a, b in pairs][-2:])
