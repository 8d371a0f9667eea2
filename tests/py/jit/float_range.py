# Float results at the edges of the immediate range (exponents 2**-255 .. 2**255, ±0.0)
# and just outside it (boxed, like inf and nan) come out of compiled arithmetic with
# every bit, and read back correctly as operands.
import math


def edges():
    out = []
    for e in (-258, -256, -255, -254, -253, -1, 0, 1, 253, 254, 255, 256, 257):
        out.append(math.ldexp(1.0, e))
        out.append(math.ldexp(1.9999999999999998, e))
    return out + [0.0, -0.0, 5e-324, 1e308, float("inf"), float("nan")]


def through(xs, n):
    got = []
    for _ in range(n):
        got = []
        for x in xs:
            y = x * 1.0
            z = -x + 0.0 if x != x else x - 0.0
            w = y * 2.0
            h = w / 2.0
            got.append((y, z, w, h, x * 0.5, x + x))
    return got


for row in through(edges(), 300):
    print(" ".join(v.hex() for v in row), math.copysign(1.0, row[0]))
