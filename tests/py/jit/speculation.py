# Compiled code speculates on the types the interpreter saw (small ints, floats) and
# leaves to the interpreter when a speculation fails; a function that keeps failing is
# recompiled without speculation. None of that may change a result.
import sys


def poly(a, b):
    return a * b + a - b


# Trained on floats, then ints, big ints, strings, mixed — many more than the
# deoptimization limit, so the function is recompiled generically on the way.
out = []
for i in range(300):
    out.append(poly(i * 0.5, 1.5))
for i in range(300):
    out.append(poly(i, 3))
for i in range(100):
    out.append(poly(2 ** 70 + i, 7))
out.append(poly("ab", 3) if False else None)
print(out[:3], out[300:303], out[600], out[-2])


def grow(n):
    x = 1
    for i in range(n):
        x = x * 3 + i
    return x


for _ in range(50):
    grow(10)
print(grow(200) % 1000003, grow(30))


def divide(xs, d):
    total = 0.0
    for v in xs:
        total += v / d
    return total


xs = [float(i) for i in range(100)]
for _ in range(30):
    divide(xs, 2.0)
try:
    divide(xs, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(divide(xs, 3.0), divide([1e308, 1e308], 0.5), divide([5e-324, 1.0], 1.0))


def mixed(n):
    acc = 0
    for i in range(n):
        if i % 7 == 0:
            acc = acc + 0.5
        else:
            acc = acc + i
    return acc


print([mixed(n) for n in (10, 100, 1000)])


def shifts(n):
    r = 0
    for i in range(n):
        r ^= (i << 3) >> (i % 5)
        r += i // 3 - i % 4
    return r


print(shifts(5000))
try:
    sum(i // (i - 10) for i in range(20))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def floats_then_huge(n):
    v = 1.5
    for i in range(n):
        v = v * 1e10
    return v


print([floats_then_huge(k) for k in (1, 10, 30, 40)])
print(float("nan") > 0.0, [x * 2.0 > 1.0 for x in (0.1, 0.9, float("inf"))])
