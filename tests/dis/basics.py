# Straight-line code: arithmetic, calls with keywords, attributes, f-strings.
import math


def add(a, b):
    result = a + b
    return result


def ops(x, y):
    x += y
    z = x * y - x // y % 3 ** 2
    return z << 1, x @ y if x else -z, not y


def calls(obj, seq):
    print(obj, sep="", end="\n")
    n = len(seq)
    obj.method(1, key=n)
    return math.floor(obj.attr.value)


def formats(name, width):
    return f"{name!r:>{width}} {width:d} {name}"


def compare(a, b, c):
    return a < b <= c, a is None, b in c, a is not b, b not in c
