# Local types flow through stack shuffles (chained assignment's COPY, tuple swaps' SWAP,
# the pops of conditional jumps) into loops; values that later change type must still
# give Python's results.
def escape(cr, ci, limit):
    zr = zi = 0.0
    for k in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return k, zr
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit, zr


def swaps(n, a, b):
    for i in range(n):
        a, b = b, a + b
        if i == n - 3:
            a = a * 2**70
    return a, b


def chained(n):
    x = y = 0
    for i in range(n):
        x = y = x + i
        if i == 5:
            x = y = "s" if n > 100 else 1.5
            if isinstance(x, str):
                return x, y
    return x, y


print([escape(-0.5 + i * 0.01, 0.3, 50) for i in range(0, 100, 9)])
print(escape(0.1, 0.1, 1000))
print(swaps(50, 0.5, 1.5), swaps(40, 1, 2))
print(chained(10), chained(1000))
for v in (0.0, 2, "x", None):
    try:
        print(escape(v, 0.0, 5))
    except TypeError as e:
        print("TypeError:", e)
