def level(n):
    try:
        if n == 0:
            raise ValueError('bottom')
        return level(n - 1)
    finally:
        print('unwind', n)
try:
    level(3)
except ValueError as e:
    print('caught', e)
def try_all(fs):
    results = []
    for f in fs:
        try:
            try:
                results.append(f())
            except ZeroDivisionError:
                results.append('zde')
                raise
        except ArithmeticError as e:
            results.append('arith:' + type(e).__name__)
        except Exception as e:
            results.append('exc:' + type(e).__name__)
    return results
print(try_all([lambda: 1, lambda: 1 / 0, lambda: [][0], lambda: 2 ** 10000.0, lambda: int('z')]))
