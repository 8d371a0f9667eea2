# dict views: live updates, set operations, iteration errors.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(list(k), list(v), list(it), len(k), "d" in k, 4 in v, ("a", 1) in it, ("a", 2) in it)
other = {"b": 20, "c": 3, "x": 0}
print(sorted(k & other.keys()), sorted(k | other.keys()), sorted(k - other.keys()), sorted(k ^ other.keys()))
print(sorted(k & {"a", "zz"}), sorted(k - ["a", "b"]), k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"})
print(sorted(it & other.items()), sorted(it - other.items()), k.isdisjoint({"q"}), it.isdisjoint([("a", 1)]))
n = {1: "x", 2: "y", 3: "z"}
print(n.keys() & {2, 3, 4}, n.keys() | {0}, n.keys() - {1}, n.keys() ^ {3, 9})
try:
    v & {1}
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items()))[0])
try:
    for key in d:
        if key == "a":
            d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
e = {"p": 1, "q": 2}
for key in list(e):
    e[key + key] = e.pop(key)
print(e)
for key, val in e.items():
    e[key] = val * 10
print(e, list(e.values()), sum(e.values()))
print(e.keys() == {"pp", "qq"}, e.values() == e.values(), e.items() == {("pp", 10), ("qq", 20)})
vals = {"x": [1], "y": [2]}.values()
print(list(vals), [1] in vals, type(k).__name__, type(v).__name__, type(it).__name__)
print(dict(zip("abc", range(3))).items(), list(dict.fromkeys([3, 1, 3, 2, 1])))
