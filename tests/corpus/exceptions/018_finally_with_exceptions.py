def f(n):
    try:
        if n == 0: raise ValueError('zero')
        return 10 / n
    except ValueError as e:
        print('except', e)
        return 'handled'
    else:
        print('else')
    finally:
        print('finally', n)
print(f(0))
print(f(2))
def g():
    try:
        raise KeyError('a')
    finally:
        print('cleanup g')
try:
    g()
except KeyError as e:
    print('outer', repr(e))
def h():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallowed'
print(h())
def nested():
    try:
        try:
            raise TypeError('t')
        except TypeError:
            print('inner handler')
            raise ValueError('v')
        finally:
            print('inner finally')
    except ValueError as e:
        print('outer handler', e, type(e.__context__).__name__)
    finally:
        print('outer finally')
nested()
