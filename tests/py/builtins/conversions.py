# Constructors: str, repr, int, float, bool, list, tuple, dict, set, frozenset, object.
print(str(), str(1), str(1.5), str(None), str([1, "a"]), str({"k": "v"}), str((1,)), str(b"b"), str(str))
print(repr("it's"), repr('"'), repr(1.0), repr([None]), repr(set()), repr(frozenset()), repr({}), repr(()))
print(int(), int("7"), int(7.9), int(True), float(), float("1.5"), float(2), bool(), bool(0), bool("0"))
print(list(), list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), list({3}), list(x for x in "yz"))
print(tuple(), tuple([1]), tuple("ab"), tuple({1: 2}.items()))
print(dict(), dict(a=1), dict([("a", 1), ["b", 2]]), dict({"x": 1}, y=2), dict(zip("ab", "cd")), dict([]))
print(set(), set([1, 1, 2]), set("aa"), frozenset([3, 3]), set(range(3)), set({1: 2}))
print(list(list([1])), tuple(tuple()), dict(dict(a=1)), set(frozenset([1])) == {1})
o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object), str(o).startswith("<object object at"))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
for fn, arg in ((list, 5), (tuple, None), (set, 1.5), (dict, 3), (dict, ["ab", "cde"]), (frozenset, True)):
    try:
        fn(arg)
    except (TypeError, ValueError) as e:
        print(f"{fn.__name__}({arg!r}): {type(e).__name__}: {e}")
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(123).zfill(5))
print(repr(str), repr(int), repr(len), repr(None), repr(...), repr(NotImplemented), repr(True))
print(list(map(type, [1, 1.0, "1", [1], (1,), {1}, {1: 1}, None]))[-1].__name__)
print(int("  12  "), float("  -3.5e2 "), list(str(12345)), "".join(map(str, [1, 2, 3])))
print(isinstance(list(), list), list is type([]), dict.fromkeys(range(3), "v"), tuple(enumerate("ab")))
