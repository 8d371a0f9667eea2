# math: domain and range errors with their messages.
import math
cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("log10(0)", lambda: math.log10(0)),
    ("log2(-2)", lambda: math.log2(-2)),
    ("log(10, 1)", lambda: math.log(10, 1)),
    ("log(10, 0)", lambda: math.log(10, 0)),
    ("acos(2)", lambda: math.acos(2)),
    ("asin(-1.5)", lambda: math.asin(-1.5)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("pow(10, 400)", lambda: math.pow(10, 400)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("factorial(5.0)", lambda: math.factorial(5.0)),
    ("isqrt(-1)", lambda: math.isqrt(-1)),
    ("isqrt(2.0)", lambda: math.isqrt(2.0)),
    ("comb(-1, 2)", lambda: math.comb(-1, 2)),
    ("perm(5, -1)", lambda: math.perm(5, -1)),
    ("gcd(1.5, 2)", lambda: math.gcd(1.5, 2)),
    ("floor(inf)", lambda: math.floor(math.inf)),
    ("ceil(nan)", lambda: math.ceil(math.nan)),
    ("sqrt('4')", lambda: math.sqrt("4")),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("cosh(1000)", lambda: math.cosh(1000)),
    ("atanh(1)", lambda: math.atanh(1)),
    ("gamma(0)", lambda: math.gamma(0)),
    ("gamma(-1)", lambda: math.gamma(-1)),
    ("dist((1,), (1, 2))", lambda: math.dist((1,), (1, 2))),
    ("ldexp(1.0, 10000)", lambda: math.ldexp(1.0, 10000)),
    ("sqrt(10 ** 400)", lambda: math.sqrt(10 ** 400)),
]
for label, fn in cases:
    try:
        print(f"{label} = {fn()!r}")
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
print(math.sqrt(math.inf), math.exp(-1000), math.log(math.inf), math.sqrt(math.nan))
print(math.log(10 ** 400) > 900, math.log2(2 ** 2000), math.log10(10 ** 400))
