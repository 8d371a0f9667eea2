# Specialized instructions and superinstructions must behave exactly like the generic
# ones: every site below runs often enough to be quickened, then meets a value that
# fails its guard.

# Small-int operators computed inline (signs of // and % follow the divisor), then big ints.
def ops(a, b):
    return (a & b, a | b, a ^ b, a // b, a % b, a >> 3, a << 5)

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (-1, 3), (2**61, 3), (2**62 - 1, -1)]:
    for _ in range(3):
        r = ops(a, b)
    print(a, b, r)
print(ops(1 << 70, 3))
print(1 << 62, (1 << 61) << 1, -(1 << 62) >> 70)
try:
    ops(5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# Float true division inline; ints and zero divisors take the general path.
def div(x, y):
    return x / y

for _ in range(5):
    div(1.5, 0.5)
print(div(1.0, 3.0), div(-0.0, 2.0), div(7, 2), div(2.5, 2))
try:
    div(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# An attribute site that sees instances of several classes in turn (base-class method).
class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def get(self):
        return self.v + self.w

    def bump(self):
        self.v += 1

class A(Base):
    pass

class B(Base):
    def __init__(self, v):
        self.extra = 0
        super().__init__(v)

class C(Base):
    @property
    def w(self):
        return 100

    @w.setter
    def w(self, value):
        pass

objs = [A(1), B(2), C(3), A(4), B(5)]
total = 0
for _ in range(50):
    for o in objs:
        o.bump()
        total += o.get()
print(total, [o.v for o in objs])

# Adding a data descriptor to a class after a site specialized on it.
class D:
    def __init__(self):
        self.x = 1

def read(o):
    return o.x

d = D()
for _ in range(10):
    read(d)
D.x = property(lambda self: "from property")
print(read(d))

# Superinstruction pairs where the second half fails: the traceback names its line.
def pairs(flag):
    a = 1
    if flag:
        del a
    b = 2
    return b + a

for _ in range(5):
    pairs(False)
try:
    pairs(True)
except UnboundLocalError as e:
    print("UnboundLocalError:", e, "line", e.__traceback__.tb_next.tb_lineno)

# More than 256 locals and constants: EXTENDED_ARG prefixes before every kind of instruction.
src = "def big():\n" + "".join(f"    v{i} = {i} + 0.5\n" for i in range(300)) + "    return v0 + v299 + v150\n"
ns = {}
exec(src, ns)
print(ns["big"]())
