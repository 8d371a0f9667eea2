# Set and dict comprehensions.
print({x % 7 for x in range(50)})
print({abs(x) for x in range(-4, 5)})
print(sorted({w.lower() for w in "The the THE quick Quick fox".split()}))
print({n: n ** 2 for n in range(6)})
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({w[0]: w for w in words})
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups, {k: len(v) for k, v in groups.items()})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({i: {j for j in range(i)} for i in range(4)})
print({k: v for k, v in [("x", 1), ("x", 2), ("y", 3)]})
print({len(w) for w in words}, {w[-1] for w in words} == {"e", "o", "a", "y"})
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts)
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
order = []
def key(k):
    order.append(f"key {k}")
    return k
def val(v):
    order.append(f"val {v}")
    return v
d = {key(i): val(i * 10) for i in range(2)}
print(d, order)
print({x for x in ()}, {k: 1 for k in ""}, type({x for x in ()}).__name__, type({k: 1 for k in ""}).__name__)
try:
    {[x]: 1 for x in range(2)}
except TypeError as e:
    print("TypeError:", e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print("TypeError:", e)
