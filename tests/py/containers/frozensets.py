# frozenset: immutability, hashing, mixing with set.
f = frozenset([3, 1, 2, 3])
g = frozenset({2, 3, 4})
print(f, g, frozenset(), len(f), 2 in f)
print(f | g, f & g, f - g, f ^ g, type(f | g).__name__)
s = {1, 9}
print(type(f | s).__name__, type(s | f).__name__, s | f, f & s, s & f)
print(f.union([5]), f.intersection(g), f.difference([1]), f.symmetric_difference(g), f.issubset({1, 2, 3, 4}))
print(hash(f) == hash(frozenset([1, 2, 3])), f == {1, 2, 3}, frozenset() == set())
d = {f: "f", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested), frozenset({1}) in nested)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
x = f
x |= {7}
print(f, x, x is f)
c = f.copy()
print(c is f, frozenset(f) is f, c == f)
print(set(f), sorted(f, reverse=True), frozenset(range(3)) <= frozenset(range(4)))
power = {frozenset()}
for item in (1, 2, 3):
    power |= {p | {item} for p in power}
print(len(power), sorted(sorted(p) for p in power))
