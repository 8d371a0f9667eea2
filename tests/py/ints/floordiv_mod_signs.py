# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    q, r = a // b, a % b
    assert q * b + r == a
    print(f"{a:3} // {b:3} = {q:3}   {a:3} % {b:3} = {r:3}   divmod = {divmod(a, b)}")
# big ints keep the same rules
big = 10 ** 30 + 7
for b in (3, -3, 10 ** 15, -(10 ** 15)):
    print(big // b, big % b, (-big) // b, (-big) % b)
print(divmod(-(10 ** 20), 7))
# division by zero
for op in ("floordiv", "mod", "divmod", "truediv"):
    for a in (5, 10 ** 40):
        try:
            if op == "floordiv":
                a // 0
            elif op == "mod":
                a % 0
            elif op == "divmod":
                divmod(a, 0)
            else:
                a / 0
        except ZeroDivisionError as e:
            print(op, type(a).__name__, "->", e)
try:
    x = 0
    x //= 0
except ZeroDivisionError as e:
    print("augmented:", e)
# modulo used for wrapping
print([i % 4 for i in range(-6, 7)])
print([i // 4 for i in range(-6, 7)])
