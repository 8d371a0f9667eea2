# Small ints overflowing into big ints mid-loop, and variables changing type mid-loop,
# in loops hot enough to be compiled (and specialized) while they run.

def grow(n):
    x = 1
    for i in range(n):
        x = x * 3 + i
    return x

print(grow(10), grow(100))

def add_until_big(n):
    t = 2 ** 61
    for i in range(n):
        t += 2 ** 59
    return t

print(add_until_big(40))

def shifts(n):
    r = []
    for i in range(n):
        r.append((i << 40) >> 3)
        r.append(-i // 7)
        r.append(-i % 7)
        r.append(i % -5)
        r.append((i ^ -i) & 0xFFFF)
    return sum(r), r[-5:]

print(shifts(300))

def changes_type(n):
    acc = 0
    out = []
    for i in range(n):
        if i == n // 2:
            acc = float(acc)
        if i == 3 * n // 4:
            acc = str(acc)
            out.append(acc)
            acc = 1
        acc = acc + i
        out.append(type(acc).__name__)
    return acc, out[-3:], out.count("float"), out.count("int")

print(changes_type(400))

def floats(n):
    x = 0.0
    y = 1.0
    zs = []
    for i in range(n):
        x = x + 0.5 * i
        y = y * 1.0001
        zs.append(x - y)
    big = 1e300
    for i in range(3):
        big = big * 1e10
    tiny = 5e-324
    for i in range(3):
        tiny = tiny * 0.5 + tiny
    return x, round(y, 6), zs[-1], big, tiny, -0.0 * 1.0, 1.5 / 3, 2 * 0.5

print(floats(1000))

def compare_floats(n):
    nan = float("nan")
    c = 0
    for i in range(n):
        f = i * 0.25
        if f < 10.0:
            c += 1
        if f == f:
            c += 2
        if nan != nan:
            c += 4
        if nan < f or nan >= f:
            c += 1000
    return c

print(compare_floats(200))

def mixed(n):
    s = 0
    for i in range(n):
        s = s + i / 4 + (i * 1.5) - i
    return s

print(mixed(500))

def div_by_zero(n):
    hits = 0
    for i in range(n):
        try:
            x = 1.0 / (i % 5)
        except ZeroDivisionError as e:
            hits += 1
            msg = str(e)
        try:
            y = i // (i % 3)
        except ZeroDivisionError as e:
            hits += 1
            msg2 = str(e)
    return hits, msg, msg2

print(div_by_zero(100))
