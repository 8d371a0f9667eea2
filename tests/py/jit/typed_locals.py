# Locals typed across loop iterations (small ints, immediate floats, "int or unbound")
# and what happens when the types they were compiled for stop holding.
import sys


def count_up(n, start):
    # `i` is typed int at the loop header; started from a big int or a float it is not.
    i = start
    total = 0
    while i < n:
        total += i & 7
        i += 1
    return total, i


def warm(f, *args):
    for _ in range(50):
        f(*args)
    return f(*args)


print(warm(count_up, 100, 0))
print(count_up(2**64 + 5, 2**64))
print(count_up(5, True))


def grows(n):
    # An int local that overflows into a big int mid-loop, then shrinks again.
    x = 1
    out = []
    for i in range(n):
        x = x * 1000003
        if x > 2**70:
            x = x % 1000
        out.append(x % 97)
    return out


print(warm(grows, 40)[-5:])


def floats(n):
    s = 0.0
    p = 1.0
    for i in range(n):
        s = s + p * 0.5
        p = p * 1.5
    return s, p


print(warm(floats, 30))
print(floats(2000))   # p overflows to inf: not an immediate float


def float_then_int(n):
    v = 0.5
    for i in range(n):
        v = v * 2.0
        if i == n - 3:
            v = 7            # an int where a float was typed
    return v


print(warm(float_then_int, 10))


def maybe_unbound(n):
    # `y` is either unbound or an int at the loop header.
    out = []
    for i in range(n):
        if i % 3 == 2:
            y = i * 2
        try:
            out.append(y)
        except UnboundLocalError as e:
            out.append(str(e))
    return out


print(warm(maybe_unbound, 7))


def deleted(n):
    t = 0
    caught = []
    for i in range(n):
        k = i + 1
        t += k
        if i == n - 2:
            del k
            try:
                t += k
            except UnboundLocalError as e:
                caught.append(str(e))
    return t, caught


print(deleted(5))
print(warm(deleted, 5))


def big_range():
    # A range whose values are not small ints: its iterator is not the small one.
    s = 0
    for i in range(2**62 - 3, 2**62 + 3):
        s += i & 0xFF
    for i in range(10):
        s += i
    return s


print(warm(big_range))


def mixed_loop_var(items):
    # The same loop variable fed by a range and then by a list.
    acc = 0
    for i in range(5):
        acc += i
    for i in items:
        acc += i
    return acc


print(warm(mixed_loop_var, [1, 2, 3]))
print(mixed_loop_var([1.5, 2**80]))


def osr_with_float():
    # Module-level style: a long loop entered natively while `k` holds a float.
    k = 0.25
    n = 0
    while n < 3000:
        k = k + 1.0
        n = n + 1
    return k, n


print(osr_with_float())


def refcounts():
    # Objects in locals next to typed ones keep exact reference counts.
    obj = []
    base = sys.getrefcount(obj)
    j = 0
    for i in range(100):
        o = obj
        j = j + i
    del o
    return sys.getrefcount(obj) - base, j


print(warm(refcounts))


def scale(x, k, n):
    # Parameters typed from the values they held when the function became hot.
    acc = 0.0
    for _ in range(n):
        acc = acc + x * k
    return acc


print(warm(scale, 1.5, 2.0, 10))
print(scale(3, 2.0, 10))          # an int where a float was compiled for
print(scale(1.5, 2, 10))
print(scale(2**70, 1.0, 3))
try:
    scale("a", 2.0, 2)
except TypeError as e:
    print("TypeError:", e)


def mixed_param(i, j):
    # `i` takes part in int and float arithmetic both.
    return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1)


print(warm(mixed_param, 3, 4))
print(mixed_param(3.5, 4))
print(mixed_param(True, 2))
