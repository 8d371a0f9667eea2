# __getitem__/__setitem__/__delitem__/__len__/__iter__/__contains__/__reversed__/__missing__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {pos} out of range")
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, value):
        self.cells[pos] = value
    def __delitem__(self, pos):
        del self.cells[pos]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
g = Grid(4, 3)
g[1, 1] = "#"
g[3, 2] = "@"
print(len(g), g[1, 1], g[0, 0], "#" in g, "?" in g, list(g))
del g[1, 1]
print("#" in g, "\n".join(g))
try:
    g[9, 9]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[0, 0]
except KeyError as e:
    print("KeyError:", e)
class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Seq(5)
print(list(s), 9 in s, 10 in s, [x for x in s if x % 2], sorted(s, reverse=True), tuple(reversed([*s])))
it = iter(s)
print(next(it), next(it), type(it).__name__)
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))
    def __len__(self):
        return self.start
print(list(Countdown(4)), list(reversed(Countdown(4))), 2 in Countdown(3), len(Countdown(7)))
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = value = len(key)
        return value
dd = DefaultDict()
print(dd["abc"], dd["z"], dd, dd.get("nope"), "nope" in dd)
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            return self.rows[r][c]
        return self.rows[key]
m = Matrix([[1, 2, 3], [4, 5, 6]])
print(m[1], m[0, 2], m[-1, -1], m[0][1:])
class NoIter:
    pass
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
try:
    1 in NoIter()
except TypeError as e:
    print("TypeError:", e)
try:
    NoIter()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NoIter()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del NoIter()[0]
except TypeError as e:
    print("TypeError:", e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError:", e)
