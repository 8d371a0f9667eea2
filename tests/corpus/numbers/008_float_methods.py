x = 3.75
print(x.is_integer(), x.as_integer_ratio(), x.hex(), x.real, x.imag, x.conjugate())
print(float.fromhex('0x1.4p3'), float('  -1.25e2 '), float('-inf'), float('nan') != float('nan'))
print(int(x), round(x), round(x, 1), x // 1, x % 1, -x // 1)
print(float.__add__(1.0, 2.0), (2.5).__mul__(2), (1.0).__eq__(1), (1.5).__trunc__(), (1.5).__floor__() if hasattr(1.5, '__floor__') else 1)
print(1.5 == 3 / 2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(float('1_000.5'), 1_000.000_1, 1e3 == 1000, 2.0 ** 0.5 * 2.0 ** 0.5)
print(max(1.0, float('nan')), min(float('nan'), 1.0))
import sys
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError', e)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError', e)
