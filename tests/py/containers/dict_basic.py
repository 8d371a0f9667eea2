# dict: insertion order, methods, KeyError, merging.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d), "a" in d, 2 in d)
del d["a"]
d["a"] = 99
print(d)
print(d.get("b"), d.get("zz"), d.get("zz", 0), d.setdefault("n", []), d.setdefault("b", 5))
d["n"].append(1)
print(d)
print(d.pop("n"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
for key in ("missing", 42, (1, 2), None):
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, repr(e.args[0]))
try:
    del d["gone"]
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 1, "b": 0})
d.update([("y", 2)], z=3)
print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([("k", "v")]), dict({1: 2}, three=3))
m = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(m)
m |= {"d": 5}
m |= [("e", 6)]
print(m)
try:
    m | [("f", 7)]
except TypeError as e:
    print("TypeError:", e)
c = m.copy()
c["a"] = 100
print(m["a"], c["a"], c == m, {"a": 1, "b": 2} == {"b": 2, "a": 1})
c.clear()
print(c, bool(c), bool(m))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
squares = {n: n * n for n in range(6) if n % 2 == 0}
print(squares, {v: k for k, v in squares.items()}, reversed(squares).__class__.__name__, list(reversed(squares)))
print({1: "a", True: "b", 1.0: "c"}, {0: 0}.get(False), d.__contains__("x"), dict.__name__)
