# `for x in range(...)` in compiled code makes the range iterator directly while the
# callable is the builtin range and the arguments small ints; anything else is the
# call and GET_ITER as written (same values, same errors, same rebinding rules).
import builtins


def sums(n, a, b, c):
    t = 0
    for i in range(n):
        t += i
    for i in range(a, b):
        t += i * 3
    for i in range(a, b, c):
        t += i * 7
    return t


for _ in range(300):
    sums(10, 2, 20, 3)
print(sums(10, 2, 20, 3), sums(0, 5, -5, -2), sums(1, -3, 3, 1))
# Extreme small ints, big ints, negative steps bigger than the span.
print(sums(3, 2 ** 70, 2 ** 70 + 3, 1))


def stepped(a, b, c):
    return [i for i in range(a, b, c)]


for _ in range(100):
    stepped(0, 5, 2)
print(stepped(2 ** 61, 2 ** 61 + 2, 2 ** 62 - 1), stepped(-(2 ** 62), 2 ** 62 - 1, 2 ** 62 - 1))
print(stepped(10, 0, -(2 ** 62)), stepped(0, 10, -(2 ** 62)), stepped(2 ** 62 - 1, -(2 ** 62), -(2 ** 62)))

for bad in [(1.5, 0, 1, 1), (1, 0, 1, 0), (1, "a", 2, 1), (1, 0, 2, None)]:
    try:
        sums(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Index:
    def __index__(self):
        return 4


print(sums(Index(), 0, 2, 1), sums(True, False, True, True))


def comp(n):
    return [x * x for x in range(n)], list(range(n, 0, -2))


print(comp(6))


def shadowed(n):
    s = []
    for i in range(n):
        s.append(i)
    return s


for _ in range(100):
    shadowed(3)
range_ = range
range = lambda n: [7, 8]          # a global shadows the builtin
print(shadowed(5))
del range
print(shadowed(5))
builtins.range = lambda n: "ab"    # the builtin itself rebound
print(shadowed(5))
builtins.range = lambda n: 5
try:
    shadowed(5)
except TypeError as e:
    print("TypeError", e)
builtins.range = range_
print(shadowed(4))


def nested(n):
    c = 0
    for i in range(n):
        for j in range(i):
            for k in range(j, i, 2):
                c += k
    return c


print(nested(30))
