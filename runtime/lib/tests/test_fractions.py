"""taipan fractions vs CPython fractions."""
import sys

from _harness import Checker, load, real_module, optional, StringIO, Random

math = optional('math')
_decimal = optional('decimal')
Decimal = _decimal.Decimal if _decimal else (lambda s: 'no decimal module')
mine = load('fractions')
real = real_module('fractions')
c = Checker(mine, real)


def R(m, x):
    """A result with Fractions shown as (type name, numerator, denominator)."""
    if type(x).__name__ == 'Fraction' or isinstance(x, m.Fraction):
        return ('Fraction', x.numerator, x.denominator)
    if isinstance(x, tuple):
        return tuple(R(m, v) for v in x)
    if isinstance(x, float):
        return ('float', x.hex() if x == x else 'nan')
    if isinstance(x, complex):
        return ('complex', R(m, x.real), R(m, x.imag))
    return (type(x).__name__, x)


# ----- construction ----------------------------------------------------------------
ctor_args = [
    (), (3,), (-7,), (0,), (True,), (10 ** 30,), (3, 4), (6, 8), (-6, 8), (6, -8), (-6, -8), (0, 5), (0, -5),
    (1, 0), (0, 0), (5, 1), (2 ** 70, 2 ** 68), (1.5,), (-0.1,), (0.0,), (-0.0,), (1e300,), (5e-324,),
    (float('inf'),), (float('nan'),), (float('-inf'),), (Decimal('1.47'),), (Decimal('-0.5'),), (Decimal('inf'),),
    (1.5, 2), (1, 2.0), ('1', '2'), (None,), ([1],), (1 + 2j,), (3, None), (True, True), (False, True),
]
for args in ctor_args:
    c.check(f'Fraction{args!r}', lambda m, args=args: R(m, m.Fraction(*args)))
c.check('Fraction(Fraction, Fraction)', lambda m: R(m, m.Fraction(m.Fraction(1, 7), m.Fraction(2, 3))))
c.check('Fraction(Fraction, int)', lambda m: R(m, m.Fraction(m.Fraction(1, 7), 5)))
c.check('Fraction(int, Fraction)', lambda m: R(m, m.Fraction(5, m.Fraction(1, 7))))
c.check('Fraction(Fraction)', lambda m: R(m, m.Fraction(m.Fraction(-3, 9))))
c.check('Fraction(Fraction, 0)', lambda m: R(m, m.Fraction(m.Fraction(1, 2), m.Fraction(0))))
c.check('Fraction(1, 0)', lambda m: m.Fraction(1, 0))
c.check('Fraction(-3, 0)', lambda m: m.Fraction(-3, 0))
c.check('numerator kw', lambda m: R(m, m.Fraction(numerator=3, denominator=6)))
c.check('_normalize', lambda m: R(m, m.Fraction(6, 8, _normalize=False)))

strings = [
    '3/4', '-3/4', '+3/4', ' 3/4 ', '\t-3/4\n', '6/8', '0/5', '1/0', '3/-4', '3/ 4', '3 /4', '/4', '3/', '1.5', '-1.5',
    '+.5', '.5', '5.', '-5.', '.', '-2e3', '2e-3', '2E+3', '1.5e2', '1.e3', '.5e-1', '1e', '1e+', 'e5', '1_000',
    '1_000.000_1', '1__0', '_1', '1_', '1_/2', '1/2_0', '1e1_0', '1e_1', '3.1415', '-47e-2', '314', '-35/4', '0',
    '-0', '00012', '1/2e3', '1.5/2', 'inf', 'nan', '-inf', 'Infinity', '', ' ', '+', '-', '1 2', '١٢', '١/٢',
    '1.d', '1.D', '1.dde5', '1.d5', '1.de', '\u20031/2\u2003', '0x10', '1,5', '1.5.5', '++1', '3.0e0', '12345678901234567890/3',
    '1e100', '1e-100', '0.000', '-.0',
]
for s in strings:
    c.check(f'Fraction({s!r})', lambda m, s=s: R(m, m.Fraction(s)))

# ----- class methods and accessors -------------------------------------------------------
c.many('methods', [
    lambda m: R(m, m.Fraction.from_float(0.1)),
    lambda m: R(m, m.Fraction.from_float(-2.75)),
    lambda m: R(m, m.Fraction.from_float(3)),
    lambda m: R(m, m.Fraction.from_float(True)),
    lambda m: m.Fraction.from_float('1'),
    lambda m: m.Fraction.from_float(m.Fraction(1, 2)),
    lambda m: m.Fraction.from_float(float('nan')),
    lambda m: m.Fraction.from_float(float('inf')),
    lambda m: R(m, m.Fraction.from_decimal(Decimal('3.25'))),
    lambda m: R(m, m.Fraction.from_decimal(7)),
    lambda m: m.Fraction.from_decimal(1.5),
    lambda m: m.Fraction(3, 4).as_integer_ratio(),
    lambda m: m.Fraction(-6, 4).as_integer_ratio(),
    lambda m: (m.Fraction(3, 4).numerator, m.Fraction(3, 4).denominator),
    lambda m: R(m, m.Fraction(3, 4).real),
    lambda m: m.Fraction(3, 4).imag,
    lambda m: R(m, m.Fraction(3, 4).conjugate()),
    lambda m: setattr(m.Fraction(1), 'numerator', 5),
    lambda m: repr(m.Fraction(3, 4)),
    lambda m: repr(m.Fraction(-5)),
    lambda m: str(m.Fraction(3, 4)),
    lambda m: str(m.Fraction(-3, 4)),
    lambda m: str(m.Fraction(8, 4)),
    lambda m: str(m.Fraction(0)),
    lambda m: f'{m.Fraction(1, 3)}',
    lambda m: format(m.Fraction(1, 3), ''),
    lambda m: format(m.Fraction(1, 3), '10'),
    lambda m: [repr(x) for x in [m.Fraction(1, 2)]],
    lambda m: m.Fraction.__name__,
    lambda m: str(type(m.Fraction(1))),
])

c.many('limit_denominator', [
    lambda m: R(m, m.Fraction('3.141592653589793').limit_denominator(10)),
    lambda m: R(m, m.Fraction('3.141592653589793').limit_denominator(100)),
    lambda m: R(m, m.Fraction(4321, 8765).limit_denominator(10000)),
    lambda m: R(m, m.Fraction(1.1).limit_denominator()),
    lambda m: R(m, m.Fraction(3, 2).limit_denominator(1)),
    lambda m: R(m, m.Fraction(5, 2).limit_denominator(1)),
    lambda m: R(m, m.Fraction(-7, 3).limit_denominator(2)),
    lambda m: R(m, m.Fraction(3.141592653589793).limit_denominator(1000)),
    lambda m: R(m, m.Fraction(1, 3).limit_denominator(3)),
    lambda m: m.Fraction(1, 3).limit_denominator(0),
    lambda m: m.Fraction(1, 3).limit_denominator(-1),
    lambda m: [R(m, m.Fraction(201, 200).limit_denominator(d)) for d in range(1, 20)],
])

# ----- arithmetic ------------------------------------------------------------------------
operands = [
    lambda m: m.Fraction(3, 4), lambda m: m.Fraction(-5, 6), lambda m: m.Fraction(0), lambda m: m.Fraction(7),
    lambda m: 2, lambda m: -3, lambda m: 0, lambda m: True, lambda m: 1.5, lambda m: -0.25, lambda m: 2 + 1j,
    lambda m: 'x', lambda m: None, lambda m: 10 ** 20, lambda m: float('inf'), lambda m: float('nan'),
]
opnames = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow', 'lt', 'le', 'gt', 'ge', 'eq', 'ne']
import operator
ops = {name: getattr(operator, name, None) for name in opnames}
ops['divmod'] = divmod
for name in opnames:
    for i, a in enumerate(operands):
        for j, b in enumerate(operands):
            fa, fb = a(mine), b(mine)
            if not isinstance(fa, mine.Fraction) and not isinstance(fb, mine.Fraction):
                continue
            if name == 'pow' and isinstance(fb, int) and abs(fb) > 1000:
                continue
            c.check(f'{name}[{i},{j}]', lambda m, name=name, a=a, b=b: R(m, ops[name](a(m), b(m))))

c.many('unary', [
    lambda m: R(m, -m.Fraction(3, 4)),
    lambda m: R(m, +m.Fraction(-3, 4)),
    lambda m: R(m, abs(m.Fraction(-3, 4))),
    lambda m: [int(m.Fraction(n, 4)) for n in range(-9, 10)],
    lambda m: [math.trunc(m.Fraction(n, 4)) for n in range(-9, 10)],
    lambda m: [math.floor(m.Fraction(n, 4)) for n in range(-9, 10)],
    lambda m: [math.ceil(m.Fraction(n, 4)) for n in range(-9, 10)],
    lambda m: [round(m.Fraction(n, 4)) for n in range(-9, 10)],
    lambda m: [round(m.Fraction(n, 2)) for n in range(-9, 10)],
    lambda m: [R(m, round(m.Fraction(n, 7), 2)) for n in range(-9, 10)],
    lambda m: [R(m, round(m.Fraction(n * 1000, 7), -2)) for n in range(-9, 10)],
    lambda m: R(m, round(m.Fraction(25, 1000), 2)),
    lambda m: R(m, round(m.Fraction(35, 1000), 2)),
    lambda m: R(m, round(m.Fraction(15), -1)),
    lambda m: R(m, round(m.Fraction(25), -1)),
    lambda m: R(m, round(m.Fraction(1, 3), 0)),
    lambda m: [float(m.Fraction(n, d)) for n, d in [(1, 3), (-2, 7), (10 ** 400, 10 ** 399), (1, 10 ** 400), (0, 1)]],
    lambda m: complex(m.Fraction(1, 4)),
    lambda m: [bool(m.Fraction(0)), bool(m.Fraction(1, 9)), bool(m.Fraction(-1))],
    lambda m: int(m.Fraction(10 ** 30 + 1, 3)),
    lambda m: R(m, pow(m.Fraction(2, 3), 5)),
    lambda m: R(m, pow(m.Fraction(-2, 3), -3)),
    lambda m: R(m, pow(m.Fraction(2, 3), -2)),
    lambda m: R(m, pow(m.Fraction(0), -1)) if False else pow(m.Fraction(0), -1),
    lambda m: R(m, m.Fraction(4, 9) ** m.Fraction(1, 2)),
    lambda m: R(m, m.Fraction(-4, 9) ** 0.5),
    lambda m: R(m, m.Fraction(2, 1) ** m.Fraction(3)),
    lambda m: R(m, 2 ** m.Fraction(3)),
    lambda m: R(m, 2 ** m.Fraction(-3)),
    lambda m: R(m, 4 ** m.Fraction(1, 2)),
    lambda m: R(m, 2.0 ** m.Fraction(3)),
    lambda m: R(m, 2.0 ** m.Fraction(-1, 2)),
    lambda m: R(m, (1 + 1j) ** m.Fraction(2)),
    lambda m: pow(m.Fraction(2), 3, 5),
    lambda m: R(m, m.Fraction(1, 3) + m.Fraction(1, 6)),
    lambda m: R(m, sum([m.Fraction(1, n) for n in range(1, 20)])),
    lambda m: R(m, sum([m.Fraction(1, n) for n in range(1, 20)], m.Fraction(0))),
    lambda m: sorted([m.Fraction(1, 3), m.Fraction(1, 4), 0.3, 1, m.Fraction(-1)], key=float),
    lambda m: max(m.Fraction(1, 3), 0.3),
    lambda m: m.Fraction(1, 2) == 0.5, lambda m: m.Fraction(1, 2) == 0.5 + 0j, lambda m: m.Fraction(1, 2) == 0.5 + 1j,
    lambda m: m.Fraction(1, 3) == 1 / 3, lambda m: m.Fraction(2) == 2, lambda m: m.Fraction(2) == True,
    lambda m: m.Fraction(1) == True, lambda m: m.Fraction(1, 2) == 'x', lambda m: m.Fraction(1, 2) != 0.5,
    lambda m: m.Fraction(1, 2) < 1j,
    # (Decimal == Fraction needs Fraction registered as numbers.Rational: not done.)
    lambda m: m.Fraction(1, 2) + Decimal('0.5'),
])

# ----- hashing ----------------------------------------------------------------------------
hash_cases = [(1, 2), (-1, 2), (3, 1), (-3, 1), (0, 1), (1, 3), (-1, 3), (2 ** 61 - 1, 1), (1, 2 ** 61 - 1),
              (2 ** 61, 3), (10 ** 50, 7), (-1, 1), (-2, 1), (1, 10), (5, 2 ** 64), (2 ** 100, 1)]
for n, d in hash_cases:
    c.check(f'hash({n}/{d})', lambda m, n=n, d=d: hash(m.Fraction(n, d)))
c.many('hash-equal', [
    lambda m: hash(m.Fraction(1, 2)) == hash(0.5),
    lambda m: hash(m.Fraction(-7, 4)) == hash(-1.75),
    lambda m: hash(m.Fraction(5)) == hash(5),
    lambda m: hash(m.Fraction(-1)) == hash(-1),
    lambda m: len({m.Fraction(1, 2), 0.5, m.Fraction(2, 4)}),
    lambda m: {m.Fraction(3): 'x'}[3],
    lambda m: hash(m.Fraction(1, 2)) == hash(Decimal('0.5')),
])

c.many('copy', [
    lambda m: __import__('copy').copy(m.Fraction(1, 2)) == m.Fraction(1, 2),
    lambda m: (lambda f: __import__('copy').copy(f) is f)(m.Fraction(1, 2)),
    lambda m: (lambda f: __import__('copy').deepcopy(f) is f)(m.Fraction(1, 2)),
    lambda m: m.Fraction(1, 2).__reduce__()[1],
])


def _subclass(m):
    class MyF(m.Fraction):
        pass
    x = MyF(3, 6)
    return repr(x), type(x + 1).__name__, type(-x).__name__, repr(MyF('0.5')), type(+x).__name__, \
        type(__import__('copy').copy(x)).__name__, __import__('copy').copy(x) is x


c.check('subclass', _subclass)

rng = Random(11)
for trial in range(300):
    a = (rng.randint(-50, 50), rng.randint(1, 50))
    b = (rng.randint(-50, 50), rng.choice([1, 2, 3, 7, 12, 49]))
    opname = rng.choice(['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'lt', 'eq'])
    c.check(f'random {trial}', lambda m, a=a, b=b, opname=opname: R(m, ops[opname](m.Fraction(*a), m.Fraction(*b))))

sys.exit(c.report('fractions'))
