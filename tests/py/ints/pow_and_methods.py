# pow in all forms, and the numeric protocol methods of int.
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(0, 0), pow(7, 0))
print(pow(3, 4, 5), pow(2, 100, 97), pow(-3, 3, 7), pow(3, 3, -7), pow(5, 0, 1))
print(pow(3, -1, 7), pow(2, -3, 11), pow(38, -1, 97))
for args in ((0, -1), (2, -1, 4), (2, 3, 0), (2, 0.5, 3)):
    try:
        print(pow(*args))
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    0 ** -2
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((-8) ** 2, (-1) ** 101, 1 ** (10 ** 20), 0 ** 5)
print(2 ** 0.5, 4 ** 0.5, 10 ** 2.0)
n = 42
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.as_integer_ratio())
print((-7).__abs__(), (5).__neg__(), (3).__add__(4), (3).__radd__(4), (3).__sub__(10), (3).__rsub__(10))
print((7).__floordiv__(2), (7).__rfloordiv__(2), (7).__mod__(2), (7).__pow__(2), (7).__rpow__(2))
print((3).__add__(1.5), (3).__truediv__(2), (10).__index__(), (5).__bool__(), (0).__bool__())
print(int.__add__(1, 2), int.__mul__(6, 7))
print(format(255, "x"), format(255, "X"), format(255, "o"), format(255, "b"), format(255, "#x"))
print(format(1234567, ","), format(1234567, "_"), format(-42, "+d"), format(42, " d"), format(42, "08d"))
print(format(42, "<6") + "|", format(42, ">6") + "|", format(42, "^6") + "|", format(-42, "=6") + "|")
print(format(255, "#010b"), format(2 ** 70, ","), format(10, "e"), format(10, ".2f"), format(3, "%"))
print(f"{12345678901234567890:_x}", f"{-255:#X}", f"{65:c}")
print(int.__name__, type(1).__name__, isinstance(True, int), issubclass(bool, int))
