# enumerate (start) and zip (strict), including errors.
print(list(enumerate("abc")))
print(list(enumerate("abc", 1)), list(enumerate("abc", start=-2)), list(enumerate([], 5)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"), type(e).__name__)
for i, (a, b) in enumerate(zip("ab", "cd"), start=10):
    print(i, a, b)
print(list(enumerate(range(3), 2 ** 70)))
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate("a", "1")
except TypeError as e:
    print("TypeError:", e)
print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1])), list(zip([1, 2], [3], [4, 5, 6])))
print(list(zip(range(3), range(10), "abcd")), dict(zip("abc", range(3))))
print(list(zip(*[(1, "a"), (2, "b")])))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2], [1, 2], [1, 2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)
pulled = []
def source(name, n):
    for i in range(n):
        pulled.append(f"{name}{i}")
        yield i
print(list(zip(source("a", 3), source("b", 2))), pulled)
try:
    zip(1, [2])
except TypeError as e:
    print("TypeError:", e)
z = zip("ab", "cd")
print(iter(z) is z, next(z), list(z), list(z))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], list(map(list, zip(*zip(*matrix)))))
