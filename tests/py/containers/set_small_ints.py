# Small-int membership takes a set fast path, insertion past dummies the general one; the table must
# stay exactly CPython's: same iteration order after adds and removes, and keys of other
# types that equal an int (1.0, True) found and never duplicated.
import random

rng = random.Random(3)
s = set()
log = []
for step in range(3000):
    k = rng.randrange(-40, 40)
    if rng.random() < 0.55:
        s.add(k)
    else:
        s.discard(k)
    if step % 250 == 0:
        log.append(list(s))
print(log[-3:], len(s))
print([k in s for k in range(-45, 45, 3)])
m = {1.0, 2, True, -0.0}
m.add(1)
m.add(0)
m.add(False)
print(m, 1 in m, 0 in m, 3 in m, len(m))
f = frozenset(range(0, 100, 7))
print(sorted(k for k in range(100) if k in f), 2**70 in f, "x" in f)
cols, diag = set(), set()
count = 0
def place(row, n):
    global count
    if row == n:
        count += 1
        return
    for c in range(n):
        if c in cols or (row - c) in diag:
            continue
        cols.add(c); diag.add(row - c)
        place(row + 1, n)
        diag.remove(row - c); cols.remove(c)
place(0, 7)
print(count, cols, diag)
