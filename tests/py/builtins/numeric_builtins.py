# abs, round (ndigits, banker's), divmod, pow (3-arg), bin/oct/hex.
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-(2 ** 100)), abs(float("-inf")))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
print([round(v) for v in (0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, 2.4999)])
print(round(3.14159, 2), round(2.5, 0), round(-2.55, 1), round(1234.5, -1), round(1235, -1), round(1245, -1))
print(round(0.1 + 0.2, 10), round(1e-10, 5), round(123.456, -5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 3))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(4, 0.5), pow(-8, 3), pow(2, 10, 1000), pow(3, 200, 13), pow(7, -1, 40))
print(pow(base=2, exp=5), pow(2, 5, mod=3), pow(10, 20, 10 ** 9 + 7))
for args in ((2, 3, 0), (2.0, 3, 5), (2, -1, 6)):
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(bin(10), bin(-10), bin(0), oct(8), oct(-8), oct(0), hex(255), hex(-255), hex(0), hex(2 ** 64))
class I:
    def __index__(self):
        return 10
print(bin(I()), oct(I()), hex(I()))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print(int(bin(37), 2), int(oct(37), 8), int(hex(37), 16), int(hex(-37), 0))
print(format(37, "b"), format(37, "#o"), format(37, "x"), f"{37:#X}", f"{-37:08b}")
