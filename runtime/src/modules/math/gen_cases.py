#!/usr/bin/env python3
"""Regenerates cases.txt, the oracle data for the `math` module's unit test (tests.rs).

Run with CPython 3.11 (the oracle), from anywhere:

    python3 runtime/src/modules/math/gen_cases.py

Each line of cases.txt is `<call>\t<expected>`: a call written in the small literal
language tests.rs parses (numbers, inf/nan with a sign, strings, None/True/False, lists,
tuples, range(a, b), keyword arguments, and the helper objects below), then either
`= <result>` or `! <ExceptionClass>: <message>`. Results are printed by `show()`, which
tests.rs mirrors: floats by repr (with the sign of a NaN kept as `-nan`), ints in decimal
(long ones as digit count + FNV-1a hash of the digits), tuples element by element.

The helper objects stand in for classes Python code would define; tests.rs builds each as
an instance of a fresh class whose dunder returns the given value:
  F(v): __float__ -> v    I(v): __index__ -> v    Ce(v): __ceil__ -> v
  Fl(v): __floor__ -> v   Tr(v): __trunc__ -> v
"""

import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"
sys.set_int_max_str_digits(0)

inf, nan = math.inf, math.nan


def helper(name, dunder):
    def init(self, v):
        self.v = v

    def method(self):
        return self.v

    def rep(self):
        return f"{name}({lit(self.v)})"

    return type(name, (), {"__init__": init, dunder: method, "__repr__": rep})


F = helper("F", "__float__")
I = helper("I", "__index__")
Ce = helper("Ce", "__ceil__")
Fl = helper("Fl", "__floor__")
Tr = helper("Tr", "__trunc__")


class Range:
    """range(a, b), printed as such (eval builds a real range)."""


def lit(v):
    """Literal text of an argument value."""
    if isinstance(v, bool) or v is None:
        return repr(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "-nan" if math.copysign(1.0, v) < 0 else "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return repr(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        assert "'" not in v and "\\" not in v and "\t" not in v
        return "'" + v + "'"
    if isinstance(v, list):
        return "[" + ", ".join(lit(x) for x in v) + "]"
    if isinstance(v, tuple):
        if len(v) == 1:
            return "(" + lit(v[0]) + ",)"
        return "(" + ", ".join(lit(x) for x in v) + ")"
    if isinstance(v, range):
        return f"range({v.start}, {v.stop})"
    return repr(v)  # helper objects


def fnv(s):
    h = 0xCBF29CE484222325
    for b in s.encode():
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def show(r):
    """Text of a result (tests.rs `show` is the same function)."""
    if isinstance(r, bool):
        return repr(r)
    if isinstance(r, float):
        if math.isnan(r) and math.copysign(1.0, r) < 0:
            return "-nan"
        return repr(r)
    if isinstance(r, int):
        s = str(r)
        if len(s) > 120:
            return f"int[{len(s)} digits, fnv {fnv(s):016x}]"
        return s
    if isinstance(r, tuple):
        if len(r) == 1:
            return "(" + show(r[0]) + ",)"
        return "(" + ", ".join(show(x) for x in r) + ")"
    return repr(r)


NS = dict(vars(math))
NS.update(F=F, I=I, Ce=Ce, Fl=Fl, Tr=Tr, inf=inf, nan=nan, range=range)

lines = []
seen = set()


def case(fname, *args, **kw):
    parts = [lit(a) for a in args] + [f"{k}={lit(v)}" for k, v in kw.items()]
    call = f"{fname}({', '.join(parts)})"
    if call in seen:
        return
    seen.add(call)
    try:
        r = eval(call, NS)
        out = "= " + show(r)
    except Exception as e:  # noqa: BLE001 - every exception is an expected outcome
        out = f"! {type(e).__name__}: {e}"
    assert "\t" not in out and "\n" not in out
    lines.append(f"{call}\t{out}")


def call_text(text):
    """A case written directly as text (argument-count and keyword errors)."""
    if text in seen:
        return
    seen.add(text)
    try:
        out = "= " + show(eval(text, NS))
    except Exception as e:  # noqa: BLE001
        out = f"! {type(e).__name__}: {e}"
    lines.append(f"{text}\t{out}")


rng = random.Random(20240611)

# ----- value pools ------------------------------------------------------------------------

SPECIAL = [
    0.0, -0.0, inf, -inf, nan, -nan, 5e-324, -5e-324, 1e-323, 2.2250738585072014e-308,
    2.225073858507201e-308, -2.2250738585072014e-308, 1.7976931348623157e308,
    -1.7976931348623157e308, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, 1e-300, -1e-300, 1e300,
    -1e300, 1e-20, 1e-10, 0.1, -0.1, 1e16, 9007199254740992.0, 9007199254740993.0 + 2,
    4503599627370495.5, math.pi, -math.pi, math.pi / 2, math.e, 10.0, 100.0, -100.0, 709.78,
    710.0, -745.2, -746.0, 0.9999999999999999, 1.0000000000000002, 2.5, -2.5, 1.5, -1.5,
    1e22, 1e-5, 123.456, -7.25, 0.7853981633974483, 1e308, 4.9e-324, 1e-310,
]
SPECIAL_SMALL = [0.0, -0.0, inf, -inf, nan, -nan, 5e-324, 1.0, -1.0, 0.5, -2.0, 3.0, 1e300,
                 -1e300, 1e-300, 2.5, -2.5, 1.7976931348623157e308, 0.1, 10.0]
INTS = [0, 1, -1, 2, -2, 3, 7, 10, -10, 100, 2**31 - 1, 2**31, 2**53, 2**53 + 1, -(2**53) - 1,
        2**62 - 1, 2**62, -(2**62), -(2**62) - 1, 2**63 - 1, 2**63, -(2**63), 2**64 + 1,
        10**20, -(10**20), 10**308, 2**1023, 2**1024 - 2**970, 2**1024 - 2**971,
        2**1024, -(2**1024), 10**400, 3**700]
BOOLS = [True, False]
OBJECTS = [F(2.5), F(-0.0), F(inf), F(3), I(5), I(-7), I(2**70), Ce(1), "a", None, [1.0],
           (1,), F("x")]


def rand_float(kind=None):
    k = kind if kind is not None else rng.randrange(5)
    if k == 0:
        return rng.uniform(-10, 10)
    if k == 1:
        return rng.choice([-1, 1]) * 10 ** rng.uniform(-320, 308)
    if k == 2:
        while True:
            f = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
            if not math.isnan(f):
                return f
    if k == 3:
        return rng.uniform(-1000, 1000)
    return rng.choice([-1, 1]) * 10 ** rng.uniform(-20, 20)


def rand_floats(n, lo=None, hi=None, log=False):
    out = []
    for _ in range(n):
        if lo is None:
            out.append(rand_float())
        elif log:
            out.append(10 ** rng.uniform(lo, hi))
        else:
            out.append(rng.uniform(lo, hi))
    return out


def rand_int(bits):
    return rng.getrandbits(bits) * rng.choice([-1, 1])


# ----- one-argument float functions ---------------------------------------------------------

DOMAINS = {
    "acos": [(-1.2, 1.2)], "asin": [(-1.2, 1.2)], "atan": [(-50, 50)],
    "acosh": [(0.5, 30), (1, 1.0001)], "asinh": [(-50, 50)], "atanh": [(-1.1, 1.1)],
    "cos": [(-10, 10), (-1e6, 1e6)], "sin": [(-10, 10), (-1e6, 1e6)], "tan": [(-10, 10)],
    "cosh": [(-720, 720)], "sinh": [(-720, 720)], "tanh": [(-25, 25)],
    "exp": [(-760, 720)], "exp2": [(-1100, 1030)], "expm1": [(-40, 720), (-1e-5, 1e-5)],
    "log1p": [(-1.0, 5), (-1e-6, 1e-6)], "sqrt": [(-5, 1e6)], "cbrt": [(-1e6, 1e6)],
    "fabs": [(-5, 5)], "erf": [(-6, 6)], "erfc": [(-6, 30)],
    "gamma": [(-200, 200), (-5, 5), (170, 175)], "lgamma": [(-200, 200), (-5, 5), (2e305, 1e307)],
    "log": [(0, 1000)], "log2": [(0, 1000)], "log10": [(0, 1000)],
    "degrees": [(-10, 10)], "radians": [(-1000, 1000)], "ulp": [(-10, 10)],
    "isfinite": [(-1, 1)], "isinf": [(-1, 1)], "isnan": [(-1, 1)],
    "frexp": [(-1e6, 1e6)], "modf": [(-1e6, 1e6)],
    "ceil": [(-1e6, 1e6)], "floor": [(-1e6, 1e6)], "trunc": [(-1e6, 1e6)],
}

for fname, ranges in DOMAINS.items():
    for x in SPECIAL:
        case(fname, x)
    for x in INTS + BOOLS + OBJECTS:
        case(fname, x)
    for _ in range(40):
        case(fname, rand_float())
    for lo, hi in ranges:
        for x in rand_floats(60, lo, hi):
            case(fname, x)

# Near the poles and integers of gamma/lgamma, near the overflow edges.
for fname in ("gamma", "lgamma"):
    for n in range(-30, 30):
        for d in (0.0, 1e-9, -1e-9, 0.5, 1e-15):
            case(fname, n + d)
    for x in (171.62, 171.7, 1e-20, 1e-21, -1e-21, 1e-308, 1e-320, -190.5, -200.5, 200.5, 140.5, 141.5, -140.5, -141.5):
        case(fname, x)
for x in (1e305, 2.55e305, 2.6e305, 1e306, 1.7976931348623157e308):
    case("lgamma", x)
for x in (709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412):
    case("exp", x)
for x in (1023.9999999999999, 1024.0, -1074.0, -1075.0, -1076.0):
    case("exp2", x)
for x in (710.4758600739439, 710.475860073944):
    case("cosh", x)
    case("sinh", x)
    case("sinh", -x)

# ----- log with ints and bases --------------------------------------------------------------

BIG_INTS = [2**1023, 2**1024, 2**1024 - 1, 10**308, 10**309, 10**400, 3**1000, 7**2000, 2**10000 + 1,
            10**1000 - 1, 2**53 + 1, 12345678901234567890123456789]
for f in ("log", "log2", "log10"):
    for n in BIG_INTS + [-(10**400), -(2**1024)]:
        case(f, n)
    for _ in range(20):
        case(f, rng.getrandbits(rng.randrange(1, 3000)) + 1)
for x in SPECIAL_SMALL + [8, 2**1024, 10**400, True, 0, -1]:
    for b in [2, 10, 2.0, 0.5, 1, 1.0, 0, -2, inf, nan, True, 10**400, math.e, 3]:
        case("log", x, b)
for _ in range(60):
    case("log", rand_float(), rand_float())
    case("log", rng.uniform(0, 100), rng.uniform(0, 100))

# ----- two-argument float functions ---------------------------------------------------------

for fname in ("atan2", "copysign", "fmod", "remainder", "pow", "nextafter"):
    for x in SPECIAL_SMALL:
        for y in SPECIAL_SMALL:
            case(fname, x, y)
    for _ in range(120):
        case(fname, rand_float(), rand_float())
    for _ in range(60):
        case(fname, rand_float(0), rand_float(0))
    for x, y in [(1, 2), (True, 2), (3, 10**400), (10**400, 1.0), ("a", 1), (1, "b"), (F(2.0), I(3)), (2**64, 2**64 + 1)]:
        case(fname, x, y)

for x in (-8.0, -2.0, -0.5, 0.0, -0.0, 2.0, 10.0, -1.0, 1.0, 1e300, -1e300):
    for y in (0.5, 1.5, 2.0, 3.0, -1.0, -2.0, -3.0, 1e300, -1e300, 1075.0, -1075.0, 0.0, 1e-300):
        case("pow", x, y)
for _ in range(80):
    case("pow", rng.uniform(0, 10), rng.uniform(-400, 400))
    case("pow", rng.uniform(-10, 0), float(rng.randrange(-300, 300)))
for _ in range(100):
    a = rand_float(0) * 10 ** rng.randrange(-5, 5)
    b = rand_float(0)
    case("remainder", a, b)
    case("fmod", a, b)
    case("remainder", float(rng.randrange(-100, 100)) + 0.5, 1.0)
    case("remainder", float(rng.randrange(-100, 100)), 2.0)
for x, y in [(6.0, 4.0), (2.0, 4.0), (10.0, 4.0), (-6.0, 4.0), (5e-324, 1e-323), (1.5e-323, 1e-323), (3.0, 2.0)]:
    case("remainder", x, y)
    case("remainder", -x, y)
    case("remainder", x, -y)

# ldexp
for x in SPECIAL_SMALL + [3, True, "a", I(2)]:
    for i in [0, 1, -1, 1023, 1024, -1074, -1075, -1080, 2000, -2000, 2**31, -(2**31) - 1, 2**63, -(2**63) - 1, 10**30, -(10**30), True, 2.0, "a", I(3), None]:
        case("ldexp", x, i)
for _ in range(60):
    case("ldexp", rand_float(), rng.randrange(-1200, 1200))

# hypot and dist
VEC_VALUES = [0.0, -0.0, 1.0, -3.0, 4.0, inf, -inf, nan, 5e-324, 1e-310, 1e308, 1.7976931348623157e308, 2.5, 1e-300]
for x in VEC_VALUES:
    case("hypot", x)
    for y in VEC_VALUES:
        case("hypot", x, y)
case("hypot")
for n in (2, 3, 4, 5, 8, 17, 40):
    for _ in range(30):
        case("hypot", *[rand_float(rng.choice([0, 1, 3, 4])) for _ in range(n)])
    for _ in range(10):
        e = rng.randrange(-1070, 1000)
        case("hypot", *[rng.uniform(-1, 1) * 2.0 ** e for _ in range(n)])
for args in [(3, 4), (True, False), (1, "a"), (10**400, 1), (F(3.0), I(4)), (inf, nan), (nan, inf), (1e308, 1e308), (5e-324, 5e-324)]:
    case("hypot", *args)
for n in (0, 1, 2, 3, 6, 20):
    for _ in range(25):
        p = [rand_float(rng.choice([0, 1, 3, 4])) for _ in range(n)]
        q = [rand_float(rng.choice([0, 1, 3, 4])) for _ in range(n)]
        case("dist", p, q)
        case("dist", tuple(p), tuple(q))
for p, q in [([1, 2], [3]), ((1.0,), (inf,)), ((nan, 1.0), (0.0, inf)), ([1, "a"], [1, 2]), (1, [1]), ([1], 2),
             ([True, 2], (3, False)), (range(0, 5), range(5, 10)), ([], []), ([1e308, -1e308], [-1e308, 1e308]),
             ([10**400], [1]), ((F(1.0), I(2)), (0, 0))]:
    case("dist", p, q)

# isclose
CLOSE = [0.0, -0.0, 1.0, 1.0000000001, 1.000000001, 0.999999999, 1e-10, 1e-9, inf, -inf, nan, 1e308, -1e308, 5e-324]
for a in CLOSE:
    for b in CLOSE:
        case("isclose", a, b)
for a, b in [(1.0, 1.1), (100, 100.00001), (0.0, 1e-10)]:
    for rel in (0.0, 1e-9, 0.1, 0.5, inf, nan, -1.0):
        for ab in (0.0, 1e-9, 0.2, inf, nan, -0.0, -1e-9):
            case("isclose", a, b, rel_tol=rel, abs_tol=ab)
for a, b, kw in [(1, 2, {"rel_tol": 1}), (1, 2, {"abs_tol": 1}), (1, 2, {"rel_tol": "x"}), (1, 2, {"abs_tol": True}),
                 (True, 1, {}), ("a", 1, {}), (1, None, {}), (10**400, 1, {}), (F(1.0), I(1), {})]:
    case("isclose", a, b, **kw)

# ----- integer-valued and int functions ------------------------------------------------------

for fname in ("ceil", "floor", "trunc"):
    for x in [1e16, -1e16, 4.5e18, -4.6e18, 9.3e18, -9.3e18, 1e20, 1e300, -1.7976931348623157e308, 0.5, -0.5, 0.9999999999999999]:
        case(fname, x)
    for x in [Ce(7), Ce("x"), Fl(7), Fl(None), Tr(7), Tr(2.5), F(2.5), F(-2.5), F(inf), F(nan), F(7), I(9), I(2**80), I(1.5)]:
        case(fname, x)

FACT = list(range(0, 40)) + [50, 66, 67, 100, 127, 128, 171, 500, 1000, 1234, 2500, 4000, -1, -100, -(10**20), 10**20,
                              2**63, True, False, 1.0, 5.5, "5", I(10), I(-3), None]
for n in FACT:
    case("factorial", n)
for n in [0, 1, 2, 3, 4, 15, 16, 17, 2**32 - 1, 2**32, 2**52, 2**62, 2**64 - 1, 2**64, 2**64 + 1, 10**20, 10**40,
          10**100 + 123, 2**127, (2**127) ** 2, (2**127) ** 2 - 1, 10**1000, 10**2000 + 7, 3**3000, -1, -(10**20), True,
          False, 1.0, 4.5, "4", I(17), I(2**80 + 5), None]:
    case("isqrt", n)
for _ in range(150):
    bits = rng.choice([8, 20, 40, 63, 64, 65, 100, 128, 200, 500, 1000, 2000])
    n = rng.getrandbits(bits)
    case("isqrt", n)
    case("isqrt", n * n)
    if n:
        case("isqrt", n * n - 1)

GCD_VALS = [0, 1, -1, 2, 6, -6, 12, 18, 35, 2**62, 2**64, -(2**64), 10**30, 3**50, 2**100 * 3**20, True, False]
for a in GCD_VALS:
    case("gcd", a)
    case("lcm", a)
    for b in GCD_VALS:
        case("gcd", a, b)
        case("lcm", a, b)
case("gcd")
case("lcm")
for _ in range(60):
    k = rng.randrange(2, 6)
    common = rng.getrandbits(rng.choice([4, 30, 100]))
    args = [rand_int(rng.choice([8, 32, 64, 128, 300])) * common for _ in range(k)]
    case("gcd", *args)
    case("lcm", *args)
for args in [(1, 1.5), (1.5, 1), (4, "a"), (I(12), I(18)), (0, 0, 0), (0, 5, 0), (1, 2, 3, 4.0), (None,), (6, 4, 0), (3, 0, -6)]:
    case("gcd", *args)
    case("lcm", *args)

PERM_N = [0, 1, 2, 5, 10, 20, 30, 34, 35, 60, 67, 68, 100, 127, 128, 200, 500, 1000, 2**32, 2**62, 2**63 - 1, 2**63,
          2**64, 10**20, 10**30]
PERM_K = [0, 1, 2, 3, 5, 10, 15, 16, 17, 20, 21, 25, 34, 35, 40, 50, 67, 100, 250, 500, 999, 1000, 1001]
for n in PERM_N:
    for k in PERM_K:
        if n >= 2**32 and k > 60:
            continue
        case("comb", n, k)
        case("perm", n, k)
for n in [0, 1, 5, 20, 21, 30, 100, -1, True, 2.0, 10**20]:
    case("perm", n)
    case("perm", n, None)
for n, k in [(-1, 0), (0, -1), (-1, -1), (5, 10**30), (10**30, 10**30), (10**30, 10**30 - 3), (10**30, 10**29),
             (2**64, 2), (5.0, 2), (5, 2.0), ("5", 2), (5, "2"), (I(10), I(3)),
             (True, True), (True, False), (10, None), (None, 1), (-(10**30), 1), (5, -(10**30)), (2**65, 2**64),
             (2**64 + 2**63, 2**64)]:
    case("comb", n, k)
    case("perm", n, k)
case("comb", 2**63, 2**63 - 1)  # min(k, n - k) is 1
case("perm", 2**64, 2**63 + 1)  # k does not fit 63 bits
case("comb", 2**64, 2**64 - 2)
for _ in range(40):
    n = rng.randrange(0, 3000)
    k = rng.randrange(0, n + 2)
    case("comb", n, k)
    case("perm", n, min(k, 200))

# ----- sequences: fsum, prod -----------------------------------------------------------------

for seq in [[], [0.0], [-0.0], [-0.0, -0.0], [-0.0, 0.0], [1e308, 1e308], [1e308, -1e308], [inf, -inf], [inf, inf], [-inf, 1e308],
            [nan], [-nan], [nan, inf], [inf, nan], [1e308, 1e308, -inf], [1e-16, 1.0, 1e16], [0.1] * 10, [1, 2, 3],
            [True, 1.5], [1, "a"], ["a"], [10**400], [2**1023, 2**1023], [1.7976931348623157e308, 9.979201547673598e291],
            [1.7976931348623157e308, 9.979201547673597e291], [1e-100, 1e100, -1e100, 1e-100], [F(0.5), I(2)],
            range(0, 100), [5e-324, 5e-324, -1e-323], [1.0, 1e-16, 1e-16], [2.0**53, 1.0, 2.0**-52]]:
    case("fsum", seq)
case("fsum", 5)
case("fsum", "ab")
for n, count in ((3, 25), (10, 25), (33, 20), (70, 10), (150, 4)):
    for _ in range(count):
        case("fsum", [rand_float(rng.choice([0, 1, 3, 4])) for _ in range(n)])
    for _ in range(count // 3 + 1):
        big = [rng.uniform(-1, 1) * 10.0 ** rng.randrange(-30, 30) for _ in range(n)]
        case("fsum", big + [-x for x in big[: n // 2]])

for seq, kw in [([], {}), ([], {"start": 5}), ([], {"start": "x"}), ([1, 2, 3], {}), ([1, 2, 3], {"start": 2.0}),
                ([2**40, 2**40, 2**40], {}), ([3] * 50, {}), ([1.5, 2, 3], {}), ([2, 1.5], {}), ([1e200, 1e200], {}),
                ([1e200, 1e200, 0.0], {}), ([2, 2**70], {}), ([True, True], {}), ([True, 2.5], {}), (range(1, 30), {}),
                ([1, "ab"], {}), (["ab", 3], {}), ([2, 3], {"start": "ab"}), ([1, None], {}), ([inf, 0], {}),
                ([nan, 2], {}), ([-1.0, 0.0], {}), ([2**62, 2], {}), ([-(2**62), 2], {}), ([2**31, 2**31], {}),
                ([3, 10**400, 1.0], {}), ([1.0, 10**400], {}), ([F(2.0)], {}), ([2.5, 2**63], {}), ([2.5, 2**53 + 1], {}),
                ((1, 2, 3), {"start": True}), ([[1]], {"start": 2}), ([1.5], {"start": 10**400})]:
    case("prod", seq, **kw)
for _ in range(40):
    case("prod", [rng.randrange(-10**6, 10**6) for _ in range(rng.randrange(1, 8))])
    case("prod", [rand_float(0) for _ in range(rng.randrange(1, 8))])
    case("prod", [rng.choice([rng.randrange(-100, 100), rand_float(0)]) for _ in range(rng.randrange(1, 8))], start=rand_float(0))

# ----- argument checking -----------------------------------------------------------------------

ONE_ARG = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "cos", "cosh", "erf", "erfc", "exp", "exp2",
           "expm1", "fabs", "factorial", "floor", "frexp", "fsum", "gamma", "isfinite", "isinf", "isnan", "isqrt",
           "lgamma", "log10", "log1p", "log2", "modf", "radians", "degrees", "sin", "sinh", "sqrt", "tan", "tanh",
           "trunc", "ulp"]
for f in ONE_ARG:
    call_text(f"{f}()")
    call_text(f"{f}(1, 2)")
    call_text(f"{f}(x=1)")
TWO_ARG = ["atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "ldexp", "comb", "dist"]
for f in TWO_ARG:
    call_text(f"{f}()")
    call_text(f"{f}(1)")
    call_text(f"{f}(1, 2, 3)")
    call_text(f"{f}(1, y=2)")
for text in ["log()", "log(1, 2, 3)", "log(x=1)", "log(8, base=2)", "perm()", "perm(1, 2, 3)", "perm(5, k=2)",
             "gcd(x=1)", "lcm(1, x=2)", "hypot(x=1)", "hypot(3, 4, x=1)", "isclose()", "isclose(1)",
             "isclose(1, 2, 3)", "isclose(1, 2, 3, 4, 5)", "isclose(1, 2, foo=3)", "isclose(1, 2, a=1)",
             "isclose(1, b=2, a=3)", "isclose(b=2)", "isclose(a=1, b=1.0)", "isclose(b=1, a=1.1)",
             "isclose(1, b=1)", "isclose(1, 2, rel_tol=1, abs_tol=2, x=3)", "isclose(a=1, b=2, rel_tol=3, abs_tol=4, c=5)",
             "isclose(1, 1.5, abs_tol=0.5, rel_tol=0.0)", "isclose(1, 1, rel_tol=-1)", "isclose(1, 1, abs_tol=-1)",
             "isclose(1, 1, abs_tol=nan)", "isclose(1, 1, rel_tol=-inf)", "isclose(1, 'a', rel_tol=-1)",
             "prod()", "prod([1], 2)", "prod([1], foo=2)", "prod([1], start=2, foo=3)", "prod(iterable=[1])",
             "prod(start=1)", "prod([2, 3], start=4)", "fsum(seq=[1])", "dist(p=[1], q=[1])", "trunc(1.5, 2)",
             "factorial(x=5)", "comb(n=5, k=2)"]:
    call_text(text)


def stress(n, path):
    """Random cases only, many of them, for a one-off run (not committed):
    `python3 gen_cases.py --stress 2000 /tmp/math_stress.txt`, then
    `MATH_CASES=/tmp/math_stress.txt cargo test --release -p taipan-runtime math_matches`."""
    lines.clear()
    seen.clear()
    for fname, ranges in DOMAINS.items():
        for _ in range(n):
            case(fname, rand_float())
        for lo, hi in ranges:
            for x in rand_floats(n, lo, hi):
                case(fname, x)
    for fname in ("atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "hypot", "log"):
        for _ in range(n):
            case(fname, rand_float(), rand_float())
            case(fname, rand_float(0), rand_float(0))
            case(fname, rand_float(4), rand_float(4))
    for _ in range(n):
        case("pow", rng.uniform(0, 10), rng.uniform(-400, 400))
        case("gamma", rng.uniform(-200, 200))
        case("lgamma", rng.uniform(-200, 200))
        case("lgamma", 10 ** rng.uniform(-20, 308))
        k = rng.randrange(2, 12)
        case("hypot", *[rand_float(rng.choice([0, 1, 3, 4])) for _ in range(k)])
        e = rng.randrange(-1074, 1020)
        case("hypot", *[rng.uniform(-1, 1) * 2.0 ** e for _ in range(k)])
        case("dist", [rand_float(0) for _ in range(k)], [rand_float(0) for _ in range(k)])
        big = [rng.uniform(-1, 1) * 10.0 ** rng.randrange(-30, 30) for _ in range(k * 3)]
        case("fsum", big + [-x for x in big[: k]])
        case("fsum", [rand_float(rng.choice([0, 1, 3, 4])) for _ in range(k * 2)])
        case("log", rng.getrandbits(rng.randrange(1000, 3000)) + 1)
        case("log2", rng.getrandbits(rng.randrange(1000, 3000)) + 1)
        case("log10", rng.getrandbits(rng.randrange(1000, 3000)) + 1)
    with open(path, "w") as fh:
        for line in lines:
            fh.write(line + "\n")
    print(f"{len(lines)} stress cases written to {path}")


if len(sys.argv) == 4 and sys.argv[1] == "--stress":
    rng.seed(int.from_bytes(os.urandom(8), "little"))
    stress(int(sys.argv[2]), sys.argv[3])
    sys.exit(0)

# Constants are checked in tests.rs against these.
const_lines = [f"{name}\t= {show(getattr(math, name))}" for name in ("pi", "e", "tau", "inf", "nan")]

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.txt")
with open(out, "w") as fh:
    fh.write("# @generated by gen_cases.py with CPython " + sys.version.split()[0] + "; do not edit.\n")
    for line in const_lines + lines:
        fh.write(line + "\n")
print(f"{len(lines) + len(const_lines)} cases written to {out}")
