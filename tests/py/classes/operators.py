# Arithmetic, reflected and in-place operator dunders, NotImplemented.
class Vec:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return "Vec" + repr(self.c)
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return Vec(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*(a * k for a in self.c))
    def __rmul__(self, k):
        return Vec(*(k * a for a in self.c))
    def __truediv__(self, k):
        return Vec(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return Vec(*(a // k for a in self.c))
    def __mod__(self, k):
        return Vec(*(a % k for a in self.c))
    def __pow__(self, k):
        return Vec(*(a ** k for a in self.c))
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __matmul__(self, o):
        return ("matmul", self.c, o.c)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v + 10, 10 + v, v - w, v * 3, 3 * v, v * w, w / 2, w // 2, w % 3, v ** 2, -v, +v, abs(w), v @ w)
print(sum([v, w, Vec(10, 10)]), sum([v, w], Vec(0, 0)))
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __add__(self, x):
        return "plain add"
a = Acc()
orig = a
a += 1
a += 2
print(a.items, a is orig, a + 3)
v2 = v
v2 += Vec(1, 1)
print(v2, v, v2 is v)
class Bits:
    def __init__(self, n):
        self.n = n
    def __and__(self, o): return Bits(self.n & o.n)
    def __or__(self, o): return Bits(self.n | o.n)
    def __xor__(self, o): return Bits(self.n ^ o.n)
    def __invert__(self): return Bits(~self.n)
    def __lshift__(self, k): return Bits(self.n << k)
    def __rshift__(self, k): return Bits(self.n >> k)
    def __rlshift__(self, k): return ("rlshift", k)
    def __repr__(self): return f"Bits({bin(self.n)})"
x, y = Bits(0b1100), Bits(0b1010)
print(x & y, x | y, x ^ y, ~x, x << 2, x >> 2, 1 << x)
class Only:
    pass
for label, fn in (("Only() + 1", lambda: Only() + 1), ("1 - Only()", lambda: 1 - Only()),
                  ("Only() * 'a'", lambda: Only() * "a"), ("-Only()", lambda: -Only()),
                  ("Vec(1) - 5", lambda: Vec(1) - 5), ("Vec(1) + 'x'", lambda: Vec(1) + "x"),
                  ("abs(Only())", lambda: abs(Only())), ("Only() < Only()", lambda: Only() < Only()),
                  ("Only() @ 1", lambda: Only() @ 1), ("~Only()", lambda: ~Only())):
    try:
        fn()
    except (TypeError, AttributeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
class Num(int):
    def __radd__(self, o):
        return "Num.__radd__ wins"
print(1 + Num(2), Num(2) + 1)
try:
    o = Only()
    o += 1
except TypeError as e:
    print("TypeError:", e)
