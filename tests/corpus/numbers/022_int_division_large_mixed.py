a = 10 ** 30 + 12345
b = 97
print(a // b, a % b, -a // b, -a % b, a // -b, a % -b)
print(a / b, a / 10 ** 15, (a * 3) / a)
print(divmod(a, 10 ** 15), divmod(-a, 10 ** 15))
print(2 ** 1000 // 3 ** 600, 2 ** 1000 % 3 ** 600 % 1000)
print((10 ** 100) // (10 ** 100 - 1), (10 ** 100 - 1) // (10 ** 100))
print(10 ** 400 // 10 ** 399, 7 ** 77 % 1000000007)
try:
    a / 0
except ZeroDivisionError as e:
    print(e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print('OverflowError', e)
print(float(10 ** 308), 10 ** 308 * 1.0 == 1e308)
