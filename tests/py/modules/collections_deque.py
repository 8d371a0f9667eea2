# collections.deque
from collections import deque


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3], maxlen=5)
print(repr(d), deque(), deque("ab"), repr(deque([1], maxlen=2)), d.maxlen, deque().maxlen)
show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: deque([1])[5])
show(lambda: deque([1]).remove(7))
show(lambda: deque([1]).index(7))
show(lambda: d["a"])
show(lambda: deque([], -1))
show(lambda: deque(range(3), maxlen=3).insert(0, 1))
d = deque()
for i in range(10):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[3], 5 in d, 50 in d, d.count(0), d.index(3))
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.extend([7, 8])
d.extendleft([9, 10])
print(d, d.pop(), d.popleft(), list(reversed(d))[:3])
m = deque(range(5), maxlen=3)
print(m)
m.appendleft(9)
print(m)
m.append(1)
print(m)
m.extend(range(10, 20))
print(m, len(m))
d2 = deque([1, 2])
d2[0] = 5
del d2[1]
print(d2, d2 == deque([5]), d2 + deque([3]), d2 * 3, bool(deque()), bool(d2), deque([1, 2]) < deque([1, 3]))
d3 = deque("abcde")
d3.reverse()
d3.remove("c")
d3.insert(1, "Z")
print(d3, d3.copy(), d3.index("a"), list(d3))
r = deque([1])
r.append(r)
print(r)
it = iter(d2)
d2.append(1)
show(lambda: next(it))
q = deque()
for i in range(1000):
    q.append(i)
total = 0
while q:
    total += q.popleft()
print(total, len(q), q)
d4 = deque([1, 2, 3])
d4.clear()
print(d4, len(d4))
show(lambda: hash(deque()))
