a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print(a <= a, {1} < a, a >= {1, 2}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
s = set()
s.add(1); s.add(1); s.update([2, 3], (4,)); print(s)
s.discard(10); s.remove(1); print(s)
try:
    s.remove(10)
except KeyError as e:
    print('KeyError', e)
print(s.pop() in {2, 3, 4}, len(s))
s |= {100}; s &= {3, 4, 100}; s -= {3}; print(sorted(s))
fs = frozenset([1, 2])
print(fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__, {fs: 1})
print(sorted({x % 5 for x in range(20)}), set('aab') == {'a', 'b'})
print(set([1, 2]) == frozenset([1, 2]), {1, 2} != {2, 3})
try:
    {[1]}
except TypeError as e:
    print('TypeError', e)
