import math
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (10 ** 20, 7), (-(10 ** 20), 7), (7.5, 2), (-7.5, 2), (7.5, -2), (1, 0.3)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, q, r, q == a // b, r == a % b, math.isclose(q * b + r, a))
