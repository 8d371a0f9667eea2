# Calls between compiled functions take an inline path (frame pushed and released by
# native code); every way out of it must behave as the interpreter's calls do.
import sys
import traceback


def add(a, b):
    return a + b


def many_locals(n):
    # More locals than arguments: the callee's extra slots start unbound.
    x0 = x1 = x2 = x3 = x4 = x5 = x6 = x7 = x8 = x9 = n
    s = x0 + x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8 + x9
    if n > 0:
        s += many_locals(n - 1)
    return s


def maybe_unbound(flag):
    if flag:
        y = 1
    return y


# One call site, callee swapped between calls (the site's cache is refilled).
def twice(a):
    return a * 2


def thrice(a):
    return a * 3


def call_each(fs, v):
    out = []
    for g in fs:
        out.append(g(v))
    return out


print(call_each([twice, thrice, twice, len, str, twice, thrice] * 3, "ab"))
print(sum(add(i, i) for i in range(200)))
total = 0
for i in range(300):
    total += add(i, 1)
print(total)

# Deep recursion with big frames: the data stack grows into new chunks.
sys.setrecursionlimit(5000)
print(many_locals(3000))
sys.setrecursionlimit(1000)

# Recursion past the limit, caught, then normal calls again.
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)
print(add(2, 3))

# An exception in the callee, raised after it was compiled.
for i in range(60):
    try:
        maybe_unbound(i % 20 != 19)
    except UnboundLocalError as e:
        print(i, type(e).__name__, e)

# Traceback through calls made inline.
def inner(n):
    return 10 // n


def outer(n):
    return inner(n) + 1


for i in range(50):
    outer(i + 1)
try:
    outer(0)
except ZeroDivisionError:
    tb = traceback.format_exc().splitlines()
    print([line.strip() for line in tb if line.strip().startswith("return")])


# Frames seen from the callee, and a frame object kept after the call returned.
kept = []


def grab(a):
    f = sys._getframe()
    kept.append(f)
    return f.f_back.f_code.co_name, a


def caller(a):
    return grab(a)


for i in range(40):
    r = caller(i)
print(r, len(kept), kept[-1].f_locals["a"], kept[-1].f_code.co_name)


# Method calls, including one site seeing two classes and a bound-method object.
class A:
    def __init__(self, v):
        self.v = v

    def get(self, k):
        return self.v + k


class B(A):
    def get(self, k):
        return self.v * k


objs = [A(1), B(2), A(3)] * 20
acc = 0
for o in objs:
    acc += o.get(5)
print(acc)
m = A(7).get
print(sum(m(i) for i in range(30)))


# Keyword calls and defaults take the general path from the same functions.
def kw(a, b=10):
    return a - b


print([kw(i) for i in range(5)], [kw(i, b=1) for i in range(5)], [kw(b=i, a=0) for i in range(3)])


# A callee rebound mid-loop.
def f1(x):
    return x + 1


def run_rebind():
    global f1
    out = []
    for i in range(30):
        if i == 15:
            def f1(x):
                return x - 1
        out.append(f1(i))
    return out


print(run_rebind())


# Generators and classes called from compiled code.
def gen(n):
    yield from range(n)


print([sum(gen(i)) for i in range(10)])
print([type(A(i)).__name__ for i in range(3)])
