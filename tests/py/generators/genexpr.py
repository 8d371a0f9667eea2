# Generator expressions: laziness, scoping, single-use.
squares = (n * n for n in range(5))
print(type(squares).__name__, sum(squares), sum(squares))
print(sum(x for x in range(101)), max(len(w) for w in "the quick brownish fox".split()))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(list((i, j) for i in range(3) for j in range(i)))
log = []
def noisy(x):
    log.append(x)
    return x
lazy = (noisy(i) for i in range(5))
print(log)
print(next(lazy), next(lazy), log)
print(any(noisy(v) > 10 for v in (1, 20, 3)), log)
print(all(v > 0 for v in [3, 2, 0, 5]), any(()), all(()))
first_iter = iter([1, 2, 3])
ge = (x * 10 for x in first_iter)
print(list(ge), list(first_iter))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
def fails():
    raise ValueError("inner")
gen = (fails() for _ in range(1))
print("created without running")
try:
    next(gen)
except ValueError as e:
    print("ValueError on first next:", e)
words = ["apple", "bob", "kayak", "level", "python"]
print(list(w for w in words if w == w[::-1]), ",".join(w.upper() for w in words[:2]))
print(dict((k, len(k)) for k in words), set(len(w) for w in words), tuple(c for c in "hey"))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(sum(row) for row in matrix), list(list(col) for col in zip(*matrix)))
nums = [4, 8, 15, 16, 23, 42]
it = (n for n in nums if n % 2 == 0)
print(next(it), next(it), list(it))
x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
gens = [(i * k for i in range(3)) for k in (1, 10)]
print([list(g) for g in gens])
print(sorted((v for v in [3, 1, 2]), reverse=True), min((v for v in []), default="empty"))
