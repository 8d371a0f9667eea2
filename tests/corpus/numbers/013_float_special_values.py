inf, nan = float('inf'), float('nan')
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(inf > 10 ** 400, -inf < -10 ** 400, nan > 1, nan < 1, nan == nan, nan != nan)
print(float('Infinity'), float('-INF'), float('NaN'), float('+nan'))
print(repr(inf), str(-inf), f'{inf:.2f}', f'{nan:e}', f'{inf:g}', '%f' % -inf)
print(max(inf, 1), min(-inf, 0), abs(-inf), round(inf) if False else 'skip', int(1e308))
print(0.0 == -0.0, str(-0.0), repr(-0.0), -0.0 + 0.0, 0.0 * -1, hash(-0.0) == hash(0.0))
try:
    round(inf)
except OverflowError as e:
    print('OverflowError', e)
try:
    round(nan)
except ValueError as e:
    print('ValueError', e)
import math
print(math.isinf(inf), math.isnan(nan), math.copysign(0.0, -1), math.inf == inf)
