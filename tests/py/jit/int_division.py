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
