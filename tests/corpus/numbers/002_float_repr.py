for v in [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.00001234, 5e-324, 1.7976931348623157e308]:
    print(repr(v), str(v))
print(1.0, -1.0, 100.0, 1e22, 1e23, 3.0e-7, float('1e400'), -float('1e400'))
print(0.1 * 3, 1.1 * 1.1, 2.675 * 100, 9007199254740993.0)
print(float.fromhex('0x1.8p1'), (1.5).hex(), (0.1).as_integer_ratio(), (0.5).is_integer(), (2.0).is_integer())
print(round(0.1 + 0.2, 10), int(2.9999999999999996), 1e300 * 1e10, float('nan') == float('nan'))
import math
print(math.isnan(float('nan')), math.isinf(1e308 * 10), -0.0 == 0.0, math.copysign(1, -0.0))
print(float(10 ** 20), float(-12345678901234567890), 1e-320, 2.5e-310)
