# set operators and methods (small ints only, so order is deterministic).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([1, 9]))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, a == {4, 3, 2, 1}, a != b)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
s = set()
s.add(5)
s.add(5)
s.update([1, 2], (3,), range(7, 9))
print(s, len(s), 5 in s, 6 not in s)
s.discard(99)
s.discard(5)
s.remove(1)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
p = s.pop()
print(p in (2, 3, 7, 8), len(s))
c = {1, 2, 3, 4, 5}
c &= {1, 2, 3, 10}
print(c)
c |= {20}
print(c)
c -= {1}
print(c)
c ^= {2, 30}
print(c)
c.intersection_update([3, 20, 30, 40])
c.difference_update({30})
c.symmetric_difference_update({3, 5})
print(c)
c.clear()
print(c, set(), {*()}, bool(c))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
print(set([3, 1, 3, 2]), set(range(5)), set((1, 1, 1)), sorted(set("mississippi")))
print({x % 5 for x in range(20)}, len({0, 0.0, False}), {1, 2} == frozenset({1, 2}))
t = {1, 2, 3}
u = t.copy()
u.add(4)
print(t, u, t is not u, max(t), min(u), sum(u))
print(sorted({-3, 10, 0, -1}), {(1, 2), (1, 2)}, {None})
