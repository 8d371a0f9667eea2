# chr, ord, hash (equality only), id (only via `is`).
print(chr(65), chr(97), chr(48), chr(0x1F600), chr(233), repr(chr(10)), repr(chr(0)), chr(0x10FFFF) == "\U0010ffff")
print(ord("A"), ord("a"), ord("é"), ord("😀"), ord("\n"), ord(b"a"), ord(bytearray(b"z")))
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) for c in "abc"], sum(map(ord, "abc")))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
for bad in ("", "ab", 5):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
print(hash(1) == hash(1), hash(1) == 1, hash(-1) == -2, hash(0) == 0, hash(2 ** 61 - 1) == 0, hash(2 ** 61) == 1)
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")), hash(1.0) == hash(1), hash(1.5) == hash(1.5))
print(hash(True) == 1, hash(None) == hash(None), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(0.5) == hash(0.5), hash(-0.0) == hash(0.0), hash(float("inf")) == 314159)
for bad in ([], {}, set(), ([],)):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c), isinstance(id(a), int))
print(None is None, True is True, type(None)() is None)
x = object()
y = x
print(x is y, x is not object(), id(x) == id(y))
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
print(hash(H("k")) == hash("k"), len({H(1), H(1), H(2)}), H(1) in {H(1)})
class HugeHash:
    def __hash__(self):
        return 2 ** 100
print(hash(HugeHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self):
        return "no"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
