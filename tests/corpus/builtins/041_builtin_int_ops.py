a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +a, ~a)
print(a & b, a | b, a ^ b, a << b, a >> 2, a == b, a != b, a < b, a >= b)
print(0 or 5, 0 and 5, 3 and 4, 3 or 4)
print(5 > 3 > 1, 5 > 3 < 1, 1 < 2 == 2)
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x %= 3
print(x)
print(int.__add__(3, 4), (7).__mod__(3), (2).__rpow__(3), 7 .__truediv__(2))
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -(7 // 2), round(-7 / 2))
print(abs(-0), 0 == -0, 10 ** -1, 2 ** 0.5 == 2 ** (1 / 2))
