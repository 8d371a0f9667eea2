# Arbitrary precision: overflow into big ints and back.
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)))
print(2 ** 64, 2 ** 63 - 1, -(2 ** 63), 2 ** 100)
m = 2 ** 63 - 1
print(m + 1, m * 2, m * m, -m - 2)
print((m + 1) - 1 == m, (m * m) // m == m)
n = 9223372036854775807
print(n + n - n, type(n + n - n) is int)
x = 1
for _ in range(10):
    x = x * 1000003
print(x)
for _ in range(10):
    x = x // 1000003
print(x)
print(-(10 ** 25) // 3, -(10 ** 25) % 3)
print(3 ** 200)
print(-(3 ** 101))
print((10 ** 50 + 1) * (10 ** 50 - 1))
print(10 ** 50 == 10 ** 50, 10 ** 50 < 10 ** 50 + 1, -(10 ** 50) < 1)
print(abs(-(2 ** 70)), hash(2 ** 10) == 2 ** 10)
# fibonacci into big territory
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
# sum of big ints and mixed
print(sum([2 ** 62, 2 ** 62, 2 ** 62, 2 ** 62]))
print(max(2 ** 80, 3 ** 50, 5 ** 34), min(-(2 ** 80), -(3 ** 50)))
print(str(2 ** 128), repr(-(2 ** 128)))
print(2 ** 1000 % 1000007, pow(2, 1000, 1000007))
print((2 ** 200) >> 190, (2 ** 200) & 0xFFFF, 1 << 130)
print(bool(2 ** 100), bool(2 ** 100 - 2 ** 100))
print(10 ** 40 // 10 ** 39, 10 ** 40 / 10 ** 39)
