# Floor division and modulo of small ints inline: Python's sign rules for every mix of
# signs, constant and variable divisors.
def f(n):
    out = []
    for a in range(-n, n):
        for b in (-7, -3, -1, 1, 2, 3, 7, 1000003):
            out.append((a % b, a // b, (a * 31 + 5) % b, a % 3, a // 3, a % -3, a // -7, a % 1, a // 1, a % 1000003))
    return out


r = None
for _ in range(30):
    r = f(20)
print(len(r), r[:6], r[-6:])
print(sum(x[0] for x in r), sum(x[1] for x in r), sum(x[2] for x in r), sum(x[3] - x[4] for x in r))
try:
    f(0) or 5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


# Every constant divisor shape (powers of two, odd and even, just past a power of two,
# up to 2**60) against dividends at the edges of the small-int range and around each
# divisor's multiples: the constant-divisor path must agree with Python's floor rules.
DIVISORS = [2, 3, 5, 6, 7, 10, 12, 64, 100, 641, 1000, 1000003, 1000000007, 2**31 - 1, 2**31 + 1,
            2**32, 3**20, 2**40 + 15, 10**15, 2**59 + 1, 2**60 - 1]
src = "def g(a):\n    return [" + ", ".join("(a %% %d, a // %d)" % (d, d) for d in DIVISORS) + "]\n"
exec(src)
values = [0, 1, -1, 2**62 - 1, -2**62, 2**62 - 2, -2**62 + 1, 2**61, -2**61, 123456789123, -987654321987]
for d in DIVISORS:
    for k in (-3, -1, 0, 1, 2):
        for e in (-1, 0, 1):
            v = k * d + e
            if -2**62 <= v < 2**62:
                values.append(v)
total = 0
for _ in range(3):
    for v in values:
        for m, q in g(v):
            total = (total * 7 + m + 3 * q) % (2**61 - 1)
print(len(values), total)
print(g(-2**62)[-3:], g(2**62 - 1)[-3:])
