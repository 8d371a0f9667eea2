# float methods: is_integer, as_integer_ratio, hex/fromhex, properties.
for v in (1.0, 1.5, -3.0, 0.0, -0.0, 1e20, 1e-20, 2.0 ** 60, float("inf"), float("nan")):
    print(repr(v), v.is_integer())
for v in (0.5, 0.1, -0.75, 3.0, 1e10, 2.0 ** -10, 1 / 3, 0.0, -2.5):
    n, d = v.as_integer_ratio()
    print(repr(v), n, d, n / d == v)
for v in (float("inf"), float("-inf")):
    try:
        v.as_integer_ratio()
    except OverflowError as e:
        print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
for v in (1.0, 0.5, -2.0, 0.1, 1e-310, 0.0, 3.75):
    print(repr(v), v.hex(), float.fromhex(v.hex()) == v)
print(float.fromhex("0x1.8p1"), float.fromhex("0x10"), float.fromhex("-0x1p-2"), float.fromhex("inf"))
x = 2.5
print(x.real, x.imag, x.conjugate(), x.__trunc__(), x.__floor__(), x.__ceil__(), (-x).__floor__(), (-x).__ceil__())
print((3.7).__int__(), (-3.7).__int__(), (2.5).__round__(), (3.5).__round__(), (1.25).__round__(1))
print(float.__add__(1.5, 2), (1.5).__radd__(2), (1.5).__add__("x"), (2.0).__rtruediv__(1))
print(int(2.9999999999999996), int(2.99999999999999999), float.__name__, type(1e3) is float)
print(format(3.14159, ".2f"), format(3.14159, ".3e"), format(1234.5, ",.1f"), format(0.25, ".0%"),
      format(1e20, "g"), format(1e-5, "g"), format(123456.0, "g"), format(1234567.0, "g"),
      format(2.5, "08.3f"), format(-2.5, "+.1f"), format(2.5, "^9.2f"), format(1.0, ""), format(1e16, ""))
print(f"{2.0:.0f} {3.0:.0f} {0.5:.0f} {1.5:.0f} {2.675:.2f} {1e100:.3g} {float('inf'):f} {float('nan'):F}")
