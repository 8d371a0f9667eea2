# Basic arithmetic on small ints, every binary operator.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(b - a, -a, +a, -(-a))
print(0 * 12345, 1 * -1, -1 * -1)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, -2 ** 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(7 / 7, 1 / 4, 10 / 3, -10 / 4)
print(type(6 / 3).__name__, type(6 // 3).__name__)
print(2 ** -1, 2 ** -2, 10 ** -3, type(2 ** -1).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(0, 7), divmod(6, 3))
x = 10
x += 5
x -= 3
x *= 4
x //= 5
x %= 7
x **= 3
print(x)
y = 100
y /= 8
print(y)
# operator precedence
print(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, -3 ** 2, 10 - 4 - 3, 100 // 10 // 3)
print(7 % 3 * 2, 7 * 3 % 5, 2 + 3 << 1, 1 | 2 ^ 3 & 4)
print(abs(-5), abs(5), abs(0))
total = 0
for i in range(1, 101):
    total += i * i
print(total)
# unary on expressions
print(-(3 - 10), ~5, ~-6, not 0, not 5)
print(int(True) + True, True * 10, False - 1, True / 2)
