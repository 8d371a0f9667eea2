from fractions import Fraction
from decimal import Decimal
import numbers
print(Fraction(1, 3) + Fraction(1, 6), Fraction(3, 9), Fraction('0.25'), Fraction(0.5), Fraction(1, 3) * 3)
print(Fraction(7, 2).numerator, Fraction(7, 2).denominator, float(Fraction(1, 4)), int(Fraction(7, 2)))
print(Decimal('0.1') + Decimal('0.2'), Decimal('1.10') * 2, Decimal(10) / Decimal(4), Decimal('2').sqrt())
print(isinstance(1, numbers.Integral), isinstance(1.0, numbers.Real), isinstance(1j, numbers.Complex), isinstance(1.0, numbers.Integral))
print(1 == 1.0 == Fraction(1) == Decimal(1), Fraction(1, 2) < 0.6, repr(Fraction(2, 4)))
print(sorted([Fraction(1, 2), 0.3, 1, Fraction(1, 3)]))
print(Fraction(1, 3).limit_denominator(2), Fraction(355, 113) - Fraction(22, 7))
