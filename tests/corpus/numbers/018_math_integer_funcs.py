import math
print([math.factorial(i) for i in range(10)])
print(math.comb(52, 5), math.comb(5, 6), math.perm(10, 0), math.comb(100, 50))
print(math.gcd(*[84, 126, 210]), math.lcm(*range(1, 21)), math.gcd(), math.lcm())
print(math.isqrt(0), math.isqrt(1), math.isqrt(2 ** 100), math.isqrt(2 ** 100 - 1))
print(math.prod(range(1, 21)), math.prod([2.5, 4]), math.prod([], start=7))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(10 ** 20 + 0.0), type(math.ceil(2.0)).__name__)
print(math.trunc(2.9), math.trunc(-2.9), math.floor(5), math.ceil(5))
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    math.isqrt(-1)
except ValueError as e:
    print('ValueError', e)
