"""Rational numbers: the Fraction type.

taipan's own implementation (pure Python, without the numbers, decimal and re
modules).
"""

import sys

try:
    from math import gcd as _gcd
except ImportError:         # the runtime's math module is not there yet
    def _gcd(a, b):
        a = -a if a < 0 else a
        b = -b if b < 0 else b
        while b:
            a, b = b, a % b
        return a

__all__ = ['Fraction']

# Hashing follows CPython's numeric hash: x is reduced modulo the prime P, so
# that equal numbers of different types hash alike.
_hash_info = getattr(sys, 'hash_info', None)
_PyHASH_MODULUS = getattr(_hash_info, 'modulus', (1 << 61) - 1)
_PyHASH_INF = getattr(_hash_info, 'inf', 314159)
del _hash_info

_INF = float('inf')


def _is_rational(x):
    return isinstance(x, (int, Fraction))


def _is_decimal(x):
    t = type(x)
    return t.__name__ == 'Decimal' and t.__module__ in ('decimal', '_decimal', '_pydecimal')


def _parse(s):
    """Parses a Fraction literal: optional whitespace and sign, then either
    `digits/digits` or a decimal number `digits[.digits][e[sign]digits]` (digits may
    be grouped by single underscores), then optional whitespace. Returns
    (numerator, denominator) or None."""
    n = len(s)
    i = 0
    while i < n and s[i].isspace():
        i += 1
    end = n
    while end > i and s[end - 1].isspace():
        end -= 1
    negative = False
    if i < end and s[i] in '+-':
        negative = s[i] == '-'
        i += 1

    def digits(pos):
        # A run of decimal digits with single underscores between them; returns
        # (text without underscores, new position), text '' when there is none.
        start = pos
        out = []
        while pos < end:
            ch = s[pos]
            if ch.isdecimal():
                out.append(ch)
                pos += 1
            elif ch == '_' and out and pos + 1 < end and s[pos + 1].isdecimal():
                pos += 1
            else:
                break
        if not out:
            return '', start
        return ''.join(out), pos

    num, i = digits(i)
    if i < end and s[i] == '/':
        if not num:
            return None
        den, i = digits(i + 1)
        if not den or i != end:
            return None
        numerator, denominator = int(num), int(den)
    else:
        frac = ''
        if i < end and s[i] == '.':
            frac, i = digits(i + 1)
            if not num and not frac:
                return None
            if not frac:
                # CPython's pattern accepts letters d here (a quirk of its regular
                # expression), and then fails converting them with int().
                j = i
                while j < end and s[j] in 'dD':
                    j += 1
                if j > i and _valid_exponent_tail(s, j, end):
                    int(s[i:j])
        elif not num:
            return None
        exp = 0
        if i < end and s[i] in 'eE':
            i += 1
            exp_negative = False
            if i < end and s[i] in '+-':
                exp_negative = s[i] == '-'
                i += 1
            exp_digits, i = digits(i)
            if not exp_digits:
                return None
            exp = -int(exp_digits) if exp_negative else int(exp_digits)
        if i != end:
            return None
        numerator = int(num or '0')
        denominator = 1
        if frac:
            scale = 10 ** len(frac)
            numerator = numerator * scale + int(frac)
            denominator = scale
        if exp >= 0:
            numerator *= 10 ** exp
        else:
            denominator *= 10 ** -exp
    if negative:
        numerator = -numerator
    return numerator, denominator


def _valid_exponent_tail(s, i, end):
    """Whether s[i:end] is empty or an exponent part (e/E, sign, digits)."""
    if i == end:
        return True
    if s[i] not in 'eE':
        return False
    i += 1
    if i < end and s[i] in '+-':
        i += 1
    seen = False
    while i < end:
        if s[i].isdecimal():
            seen = True
        elif not (s[i] == '_' and seen and i + 1 < end and s[i + 1].isdecimal()):
            return False
        i += 1
    return seen


class Fraction:
    """A rational number, numerator/denominator, always in lowest terms with a
    positive denominator.

    Fraction(numerator=0, denominator=1) with int or Fraction arguments;
    Fraction(x) for an int, Fraction, float or Decimal (converted exactly), or a
    string such as '3/4', '-1.5', '2e-3' or ' 10_000 '.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)

        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')

        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (an int is accepted too)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec (an int is accepted too)."""
        if isinstance(dec, int):
            return cls(dec)
        if not _is_decimal(dec):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)' %
                            (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator)."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction closest to self whose denominator is at most max_denominator.

        >>> Fraction('3.141592653589793').limit_denominator(10)
        Fraction(22, 7)
        """
        # The best approximations are among the convergents and semiconvergents of
        # the continued fraction of self: walk the convergents p/q until the next
        # denominator would be too large, then compare the last convergent with the
        # largest admissible semiconvergent (ties go to the smaller denominator).
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)

        p_prev, q_prev, p, q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q
            if q_next > max_denominator:
                break
            p_prev, q_prev, p, q = p, q, p_prev + a * p, q_next
            n, d = d, n - a * d

        k = (max_denominator - q_prev) // q
        semi = Fraction(p_prev + k * p, q_prev + k * q)
        conv = Fraction(p, q)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    @property
    def real(self):
        """The real part: the number itself."""
        return +self

    @property
    def imag(self):
        """The imaginary part: 0."""
        return 0

    def conjugate(self):
        """The number itself (conjugate of a real number)."""
        return +self

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ----- arithmetic ----------------------------------------------------------------

    # Each operator works exactly with int and Fraction operands, falls back to
    # float or complex arithmetic for those, and otherwise returns NotImplemented
    # (the reflected forms also accept any real or complex operand by conversion).

    # The exact operations, for int and Fraction operands (both have numerator
    # and denominator). Sums work over the least common denominator; products
    # cancel common factors crosswise first, so that the result needs no
    # further reduction.

    def _add(a, b):
        da, db = a.denominator, b.denominator
        g = _gcd(da, db)
        return Fraction(a.numerator * (db // g) + b.numerator * (da // g), (da // g) * db)

    def _sub(a, b):
        da, db = a.denominator, b.denominator
        g = _gcd(da, db)
        return Fraction(a.numerator * (db // g) - b.numerator * (da // g), (da // g) * db)

    def _mul(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = _gcd(na, db)
        h = _gcd(nb, da)
        if g > 1:
            na, db = na // g, db // g
        if h > 1:
            nb, da = nb // h, da // h
        return Fraction(na * nb, da * db, _normalize=False)

    def _div(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = _gcd(na, nb)
        h = _gcd(da, db)
        if g > 1:
            na, nb = na // g, nb // g
        if h > 1:
            da, db = da // h, db // h
        n = na * db
        d = nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    def __add__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._add(b)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        if _is_rational(a):
            return Fraction._add(a, b)
        if isinstance(a, float):
            return float(a) + float(b)
        if isinstance(a, complex):
            return complex(a) + complex(b)
        return NotImplemented

    def __sub__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._sub(b)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if _is_rational(a):
            return Fraction._sub(a, b)
        if isinstance(a, float):
            return float(a) - float(b)
        if isinstance(a, complex):
            return complex(a) - complex(b)
        return NotImplemented

    def __mul__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._mul(b)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if _is_rational(a):
            return Fraction._mul(a, b)
        if isinstance(a, float):
            return float(a) * float(b)
        if isinstance(a, complex):
            return complex(a) * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._div(b)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if _is_rational(a):
            return Fraction._div(a, b)
        if isinstance(a, float):
            return float(a) / float(b)
        if isinstance(a, complex):
            return complex(a) / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._floordiv(b)
        if isinstance(b, float):
            return float(a) // b
        if isinstance(b, complex):
            return complex(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if _is_rational(a):
            return Fraction._floordiv(a, b)
        if isinstance(a, float):
            return float(a) // float(b)
        if isinstance(a, complex):
            return complex(a) // complex(b)
        return NotImplemented

    def __divmod__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._divmod(b)
        if isinstance(b, float):
            return divmod(float(a), b)
        if isinstance(b, complex):
            return divmod(complex(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if _is_rational(a):
            return Fraction._divmod(a, b)
        if isinstance(a, float):
            return divmod(float(a), float(b))
        if isinstance(a, complex):
            return divmod(complex(a), complex(b))
        return NotImplemented

    def __mod__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._mod(b)
        if isinstance(b, float):
            return float(a) % b
        if isinstance(b, complex):
            return complex(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if _is_rational(a):
            return Fraction._mod(a, b)
        if isinstance(a, float):
            return float(a) % float(b)
        if isinstance(a, complex):
            return complex(a) % complex(b)
        return NotImplemented

    def __pow__(a, b):
        """a ** b: a Fraction for an integral exponent, else a float or complex."""
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b, for a not a Fraction."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    # ----- conversions ---------------------------------------------------------------------

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a.numerator // a.denominator

    def __ceil__(a):
        return -(-a.numerator // a.denominator)

    def __float__(a):
        return int(a._numerator) / int(a._denominator)

    def __complex__(a):
        return complex(float(a))

    def __round__(self, ndigits=None):
        """round(self, ndigits): halves round to even."""
        if ndigits is None:
            floor, remainder = divmod(self.numerator, self.denominator)
            twice = remainder * 2
            if twice < self.denominator:
                return floor
            if twice > self.denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __bool__(a):
        return bool(a._numerator)

    # ----- hashing and comparisons ------------------------------------------------------------

    def __hash__(self):
        # hash(n/d) is n * inverse(d) modulo P; d has an inverse unless P divides it,
        # in which case the value hashes as infinity.
        d = self._denominator
        if d % _PyHASH_MODULUS == 0:
            h = _PyHASH_INF
        else:
            dinv = pow(d, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if b != b or b == _INF or b == -_INF:
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if _is_rational(other):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if other != other or other == _INF or other == -_INF:
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        return a._richcmp(b, _gt)

    def __le__(a, b):
        return a._richcmp(b, _le)

    def __ge__(a, b):
        return a._richcmp(b, _ge)

    # ----- copying and pickling ----------------------------------------------------------------

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self     # immutable
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return a > b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b
