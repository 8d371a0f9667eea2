# iter and next: default values, the sentinel form, custom iterators.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__,
      type(iter(range(3))).__name__, type(iter(set())).__name__)
s = iter("xyz")
print(iter(s) is s, list(s), list(s))
data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = 0
def reader():
    global pos
    pos += 1
    return data[pos - 1]
print(list(iter(reader, 9)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = iter(["first", "second", "", "after empty"])
print(list(iter(lambda: next(lines), "")))
print(next(lines))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)
class Squares:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i ** 2
sq = Squares(4)
print(next(sq), list(sq), next(sq, "exhausted"))
class OldStyle:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return chr(ord("a") + i)
print(list(iter(OldStyle())), "b" in OldStyle())
class BadNext:
    def __iter__(self):
        return self
try:
    iter(BadNext())
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(d.items()), next(di))
r = iter(range(10 ** 20, 10 ** 20 + 2))
print(next(r), next(r), next(r, "end"))
