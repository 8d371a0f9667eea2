# round(): banker's rounding on ints and floats, ndigits, errors.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.6, -2.6, 1e20, -0.0):
    print(repr(v), round(v), type(round(v)).__name__)
for v, n in ((2.675, 2), (2.665, 2), (1.005, 2), (0.125, 2), (0.375, 2), (3.14159, 3), (1234.5678, -2),
             (1250.0, -2), (1350.0, -2), (-1250.0, -2), (0.5, 0), (1.5, 0), (5e-324, 300), (1e300, -300), (123.456, 10)):
    r = round(v, n)
    print(repr(v), n, repr(r), type(r).__name__)
for v, n in ((1234, -2), (1250, -2), (1350, -2), (-1250, -2), (15, -1), (25, -1), (12345, 2), (7, 0), (2 ** 70, -20)):
    r = round(v, n)
    print(v, n, r, type(r).__name__)
print(round(7, None), round(7.5, None), round(True), round(-0.4))
for v in (float("inf"), float("-inf")):
    try:
        round(v)
    except OverflowError as e:
        print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 2))
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError:", e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
