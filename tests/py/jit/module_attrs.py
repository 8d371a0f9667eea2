# Module attributes and math functions resolved when the caller was compiled, and
# everything that can change under them.
import math
import sys
import types


def norms(points):
    out = []
    for x, y in points:
        out.append(math.sqrt(x * x + y * y))
    return out


pts = [(3.0, 4.0), (1, 1), (0.0, 0.0), (5, 12)]
for _ in range(60):
    r = norms(pts)
print(r)


def errors(xs, f):
    out = []
    for x in xs:
        try:
            out.append(f(x))
        except (ValueError, OverflowError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def sq(x):
    return math.sqrt(x)


def ex(x):
    return math.exp(x)


def sn(x):
    return math.sin(x)


for _ in range(60):
    sq(2.0), ex(1.0), sn(0.5)
print(errors([4.0, -1.0, float("nan"), float("inf"), 0.0, -0.0, 2**80, True, "x"], sq))
print(errors([1.0, 1000.0, -1000.0, float("-inf"), 3], ex))
print(errors([0.5, float("inf"), float("nan"), 10**400 if False else 1e308], sn))
print(math.isnan(sq(float("nan"))), str(sq(-0.0)))


def pi_times(n):
    s = 0.0
    for i in range(n):
        s += math.pi * i
    return s


print(pi_times(100))
math.pi = 3          # a module attribute rebound after compilation
print(pi_times(100))
del math.pi          # and deleted
try:
    pi_times(3)
except AttributeError as e:
    print("AttributeError:", e)
math.pi = 3.141592653589793

real_sqrt = math.sqrt
math.sqrt = lambda x: -x     # the math function replaced
print(norms(pts))
math.sqrt = real_sqrt
print(norms(pts))

fake = types.ModuleType("fake")
fake.sqrt = lambda x: "fake sqrt of %r" % (x,)
math_module = math
math = fake                  # the global itself rebound to another module
print(norms([(1.0, 0.0)]))
math = types.SimpleNamespace(sqrt=abs)   # ... and to something not a module
print(norms([(-2.0, 0.0)]))
math = math_module
print(norms([(6.0, 8.0)]))


def sep():
    return sys.maxsize > 2**32, sys.byteorder


for _ in range(60):
    sep()
print(sep())
