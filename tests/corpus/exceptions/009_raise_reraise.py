def risky(n):
    if n == 1: raise ValueError('one')
    if n == 2: raise TypeError('two')
    return n
for n in range(4):
    try:
        print(risky(n))
    except (ValueError, TypeError) as e:
        print('caught', type(e).__name__, e)
def wrap():
    try:
        risky(1)
    except ValueError:
        print('logging and re-raising')
        raise
try:
    wrap()
except ValueError as e:
    print('outer', e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print('TypeError', e)
def nested():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise IndexError('b')
        except IndexError:
            pass
        raise
try:
    nested()
except KeyError as e:
    print('reraised', repr(e))
