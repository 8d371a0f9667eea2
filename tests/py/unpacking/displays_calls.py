# * and ** in list/tuple/set/dict displays and in calls.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [0, *a, 5, *range(6, 8)], (*"ab",))
print([*a], [*()], [*[], *[]], {*()} == set())
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100}, {**{}}, dict(**d1, z=9))
print({**dict.fromkeys("ab", 0), "a": 1})
def show(*args, **kwargs):
    return args, kwargs
print(show(*a, *b))
print(show(*a, 99, *b, k=1))
print(show(**d1, **{"q": 5}))
print(show(*"ab", **{"c": 1}, d=2))
print(show(*range(3), *(x * 2 for x in range(2))))
print(show(*{5: "a"}, **dict(zip("kv", (1, 2)))))
try:
    show(**d1, **{"x": 5})
except TypeError as e:
    print("TypeError:", e)
try:
    show(x=1, **d1)
except TypeError as e:
    print("TypeError:", e)
def three(a, b, c):
    return a + b + c
print(three(*[1, 2, 3]), three(1, *[2, 3]), three(*[1], **{"c": 3, "b": 2}), three(**{"a": "x", "b": "y", "c": "z"}))
try:
    three(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
try:
    three(*[1], **{"a": 1, "b": 2, "c": 3})
except TypeError as e:
    print("TypeError:", e)
print(*[1, 2, 3], sep="-")
print(*"abc")
print(max(*[3, 9, 2]), min(*"zyx"), sum([*range(5)]))
nested = [[1, 2], [3]]
print([*nested[0], *nested[1]], [*map(str, range(3))], [*zip("ab", "cd")])
try:
    [*None]
except TypeError as e:
    print("TypeError:", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {**{1: 2}, **5}
except TypeError as e:
    print("TypeError:", e)
class Mapping:
    def keys(self):
        return ["m1", "m2"]
    def __getitem__(self, key):
        return key.upper()
print({**Mapping()}, show(**Mapping()), dict(Mapping()))
