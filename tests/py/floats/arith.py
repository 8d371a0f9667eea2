# Float arithmetic and mixing with ints.
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, -7.5 // -2, -7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(1.0, 0.1))
print(5.0 % 3, -5.0 % 3, 5 % -3.0, 0.0 % 5, -0.0 % 5, 6.0 % 3)
print(1 + 2.0, 3 * 0.5, 10 / 4, 10 // 4.0, 2 ** 0.5, 4 ** -0.5, 2.0 ** -1)
print(0.1 + 0.2, 0.1 + 0.2 - 0.3, 1 - 0.9, 100 * 1.1)
print(1e308 + 1e308, -1e308 - 1e308, 1e-308 / 1e10, 1e308 * 10 - 1e308 * 10)
print(type(1 + 1.0).__name__, type(True + 1.5).__name__, type(2 * 3.0).__name__)
print(3.0 == 3, 3.0 != 3.5, int(3.0) == 3)
x = 1.0
for i in range(10):
    x *= 1.5
print(x)
x = 100.0
x /= 3
x -= 0.5
x //= 2
x **= 0.5
x %= 2
print(x)
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0, abs(s - 1.0) < 1e-9)
print(10 ** 30 / 10 ** 10, 10 ** 30 / 7, (2 ** 64) / 3, -(2 ** 70) / 2 ** 69)
print(1 / 3 * 3, 2 / 3 + 1 / 3, 7 / 7 * 7)
print(-2.5 * -2, -(2.5), +(-2.5), abs(-2.5), abs(-0.0))
print(0.5 ** 1000, 2.0 ** 1000 > 1e300, 1.0000001 ** 1000000)
for fn in (lambda: 2.0 ** 10000, lambda: 10.0 ** 400, lambda: 1e300 ** 2, lambda: 2 ** 0.5):
    try:
        print(fn())
    except OverflowError as e:
        print("OverflowError:", e)
print(float(10 ** 308), end=" ")
try:
    float(10 ** 309)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(1.5 + 10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400 + 1) / 10 ** 399)
