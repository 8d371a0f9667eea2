import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 30))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), type(math.floor(2.5)))
print(math.factorial(20), math.gcd(12, 18), math.gcd(0, 5), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.exp(0), math.exp(1), math.expm1(0), math.pow(2, 10), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 6), 10), math.atan2(1, 1))
print(math.degrees(math.pi), math.radians(180), math.asin(1), math.acos(1))
print(math.fabs(-3), math.copysign(3, -0.0), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan))
print(math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.dist((0, 0), (3, 4)))
print(math.cosh(0), math.sinh(0), math.tanh(0), math.erf(0), math.gamma(5), math.lgamma(1))
for f, a in [(math.sqrt, -1), (math.log, 0), (math.factorial, -1)]:
    try:
        f(a)
    except ValueError as e:
        print('ValueError', e)
