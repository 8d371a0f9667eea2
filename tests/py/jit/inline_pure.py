# Small callees that only compute on ints and floats run inline in compiled callers,
# without a frame; whatever the inline body does not cover makes the ordinary call, so
# results, exceptions, tracebacks and the recursion limit are exactly the
# interpreter's.
import sys


def eval_a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def clamp(x, lo, hi):
    if x < lo:
        return lo
    elif x > hi:
        return hi
    return x


def mix(a, b):
    c = a * b - a
    if c >= 0:
        d = c // 3 + b % 7
    else:
        d = -c
    return d * 2


def maybe(a):
    if a > 0:
        z = a
    return z


def scale(x):
    return x * 1e300


def div(a, b):
    return a / b


def sums(n):
    s = 0.0
    t = 0
    for i in range(n):
        s += eval_a(i, i % 7)
        t += clamp(i, 10, n - 10) + mix(i - n // 2, 3)
    return s, t


def big(n):
    out = []
    for i in range(n):
        out.append(mix(2 ** 40 + i, 2 ** 40))
    return out[-1]


def types(n):
    out = []
    for i in range(n):
        out.append(clamp(i * 0.5, 1, 3.5))
        out.append(clamp("m", "a", "z"))
        out.append(mix(True, i))
    return out[-6:]


def errors(n):
    got = []
    for i in range(n):
        try:
            got.append(maybe(i % 3 - 1))
        except UnboundLocalError as e:
            got.append(type(e).__name__)
        try:
            got.append(div(1.0, i % 2))
        except ZeroDivisionError as e:
            got.append(str(e))
        got.append(scale(scale(i + 1.0)))
    return got[-9:]


print(sums(3000))
print(big(3000))
print(types(3000))
print(errors(3000))


def rebind_target(n):
    out = 0
    for i in range(n):
        out += clamp(i, 0, 100)
    return out


print(rebind_target(2000))
def other(x, lo, hi):
    return x * 3 - lo


clamp.__code__ = other.__code__
print(rebind_target(2000))


def deep(k):
    if k == 0:
        return eval_a(1, 2)
    return deep(k - 1)


for limit in (60, 80):
    sys.setrecursionlimit(limit)
    for depth in range(limit - 8, limit + 2):
        try:
            deep(depth)
            print(depth, "ok")
        except RecursionError:
            print(depth, "RecursionError")
sys.setrecursionlimit(1000)


def tb(n):
    for i in range(n, -1, -1):
        div(i, i)


try:
    tb(3000)
except ZeroDivisionError as e:
    import traceback
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)], e)
