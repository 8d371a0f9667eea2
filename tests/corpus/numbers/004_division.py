for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3)]:
    print(a, b, a / b, a // b, a % b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7, 0.5), (5.0, -3), (-0.0, 1)]:
    print(a, b, a / b, a // b, a % b)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ('/', '//', '%'):
        try:
            eval(f'{a} {op} {b}')
        except ZeroDivisionError as e:
            print(op, 'ZeroDivisionError', e)
print(10 ** 30 / 10 ** 10, 1 / 3, 2 / 2, type(4 / 2))
print(7 // 2.0, -1 // 10, -1 % 10, 1e300 // 1e-300 if False else 'skip', 5 % -3, -5 % 3)
import math
print(math.fmod(-7, 2), math.remainder(7, 2), math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.5))
