a = 2 ** 100
print(a, a + 1, a * a, a // 3, a % 7, -a // 3, -a % 7)
print(3 ** 50, 10 ** 40 - 1, (10 ** 40) // (10 ** 20 + 1))
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)))
print(f.bit_length(), (255).bit_length(), (0).bit_length(), (-1).bit_length())
print(int('9' * 50) + 1)
print(divmod(-(10 ** 25), 7))
print(1 << 80, (1 << 80) >> 79, -1 >> 5, ~(2 ** 70))
print(2 ** 64 & (2 ** 64 + 5), 2 ** 64 | 3, (2 ** 65 - 1) ^ 2 ** 64)
print(abs(-(7 ** 30)), -(7 ** 30) < 0, 7 ** 30 == 7 ** 30, hash(7 ** 30) == hash(7 ** 30))
print((2 ** 100).to_bytes(13, 'big'), int.from_bytes(b'\xff' * 10, 'little'), int.from_bytes(b'\xff', 'big', signed=True))
print(int(1e20), int(-1.5e19), float(2 ** 100), 2 ** 100 == float(2 ** 100))
print(pow(12345678901234567890, 3, 98765432109876543210))
print((2 ** 200) // (3 ** 100), (2 ** 200) % (3 ** 100))
print(0 ** 0, (-3) ** 3, (-2) ** 63, 2 ** -2)
