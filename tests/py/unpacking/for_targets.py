# Unpacking in for loops and comprehensions.
points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(x + y, end=" ")
print()
for i, (x, y) in enumerate(points, 1):
    print(f"{i}:{x * y}", end=" ")
print()
for a, *b in [(1, 2, 3), [4, 5], "xyz"]:
    print(a, b)
for key, value in sorted({"b": 2, "a": 1}.items()):
    print(key, value)
for (a, b), c in [((1, 2), 3), ("xy", "z")]:
    print(a, b, c)
for name, score in zip(["ann", "bob"], [90, 85]):
    print(f"{name}={score}")
for i, (k, v) in enumerate({"x": 10, "y": 20}.items()):
    print(i, k, v)
matrix = [[1, 2, 3], [4, 5, 6]]
for row_idx, (first, *rest) in enumerate(matrix):
    print(row_idx, first, rest)
class P:
    pass
p = P()
for p.attr in range(3):
    pass
print(p.attr)
store = {}
for store["last"] in "abc":
    pass
print(store)
lst = [0, 0, 0]
for i, lst[i] in enumerate("xyz"):
    pass
print(lst)
print([a * b for a, b in points], {k: v for v, k in points}, [f + s for f, *_, s in ["abc", "de"]])
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
triples = list(zip(*[iter(range(9))] * 3))
print(triples)
for _, second, _ in [(1, 2, 3), (4, 5, 6)]:
    print(second, _)
