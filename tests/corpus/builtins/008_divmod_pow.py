print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, 200, 7))
print(pow(3, -1, 7), pow(-2, 3), pow(2.0, 0.5))
print(2 ** 100, (-8) ** (1/3) if False else 'skip')
print(pow(0, 0), 0.0 ** 0)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError', e)
print(divmod(10**20 + 7, 10**10))
print(pow(10, 30, 97))
