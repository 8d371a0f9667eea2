a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2, bin(a & ~b))
print(-5 & 0xff, -5 | 0, -5 >> 1, -1 << 4, ~-1, -(2 ** 70) >> 3, (2 ** 70) >> 68)
print(bin(-5 & 0xffffffff), (255).bit_count(), (-255).bit_count(), (0).bit_count())
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])
print(5 & 3 | 8 ^ 2, (5 & 3) | (8 ^ 2), 1 << 2 + 1, -3 ** 2, (-3) ** 2)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
print(True << 3, 1.0 * (1 << 62))
