# math: logarithms, exponentials, trigonometry and conversions.
import math
def r(x):
    return round(x, 12)
print(math.log(math.e), math.log(1), math.log(100, 10), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.log(10 ** 100), math.log10(10 ** 50), math.log2(2 ** 200), math.log1p(0), r(math.log1p(1e-10)))
print(math.exp(0), math.exp(1), r(math.exp(-1)), math.expm1(0), math.exp2(10))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(1, math.inf))
print(math.sin(0), r(math.sin(math.pi / 2)), r(math.sin(math.pi / 6)), r(math.cos(math.pi)), r(math.cos(0)))
print(r(math.tan(math.pi / 4)), math.atan(1) * 4 == math.pi, r(math.asin(1)), r(math.acos(0)), math.atan(math.inf))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(0, 0))
print(math.degrees(math.pi), math.radians(180), r(math.degrees(1)), math.radians(90) == math.pi / 2)
print(r(math.sinh(1)), r(math.cosh(1)), r(math.tanh(1)), math.asinh(0), math.acosh(1), math.atanh(0))
print(math.erf(0), r(math.erf(1)), r(math.erfc(1)), math.gamma(5), math.lgamma(1), r(math.gamma(0.5) ** 2))
angles = [0, 30, 45, 60, 90, 180, 270, 360]
print([round(math.sin(math.radians(a)), 6) for a in angles])
print([round(math.cos(math.radians(a)), 6) for a in angles])
x = 0.7
print(r(math.sin(x) ** 2 + math.cos(x) ** 2), r(math.exp(math.log(42))), r(10 ** math.log10(7)))
