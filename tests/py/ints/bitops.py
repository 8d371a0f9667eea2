# Bitwise operators, shifts and bit_length with negatives and big ints.
vals = [0, 1, 5, 12, -1, -5, -12, 255]
for a in vals:
    print(a, ~a, a & 6, a | 6, a ^ 6, a << 3, a >> 1, a >> 10)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
print(-7 & 0xFF, -7 | 0, -7 ^ -1, ~0, ~-1)
print(1 << 64, 1 << 100, (1 << 100) >> 99, -(1 << 100) >> 98)
print(-1 >> 100, -(2 ** 70) >> 1000, 2 ** 70 >> 1000)
big = (1 << 100) - 1
print(big & 0xF0F0, big ^ (1 << 99), big | (1 << 120), ~big)
print(-(2 ** 90) & (2 ** 91 - 1), (-(2 ** 90)) | 5, (-(2 ** 90)) ^ (2 ** 89))
for n in (0, 1, 2, 3, 255, 256, -1, -256, -257, 2 ** 64, -(2 ** 64), 10 ** 30):
    print(n, n.bit_length(), bin(n), n.bit_count())
print((0).bit_length(), (True).bit_length())
for bad in (-1, -100):
    try:
        print(1 << bad)
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(1 >> bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    1 << 2 ** 100
except OverflowError as e:
    print("OverflowError:", e)
print(0 << 2 ** 100, 5 >> 2 ** 100)
try:
    print(1.0 << 2)
except TypeError as e:
    print("TypeError:", e)
try:
    print(3 & 1.5)
except TypeError as e:
    print("TypeError:", e)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
x = 0b1111
x &= 0b1010
x |= 0b10000
x ^= 0b1
x <<= 2
x >>= 1
print(x, bin(x))
