def g():
    try:
        yield 1
    except KeyError:
        print('caught KeyError in gen')
    yield 2
it = g()
try:
    it.throw(KeyError('early'))
except KeyError as e:
    print('unstarted generator re-raises', e)
print(next(it, 'exhausted after throw'))
it2 = g()
next(it2)
print(it2.throw(KeyError))
print(next(it2, 'end'))
def h():
    yield 1
it3 = h()
next(it3)
try:
    it3.throw(ValueError, ValueError('typed'))
except ValueError as e:
    print('ValueError', e)
it4 = h()
print(it4.close(), it4.close())
try:
    next(it4)
except StopIteration:
    print('closed generator stops')
def k():
    x = yield
    print('got', x)
it5 = k()
try:
    it5.send('too early')
except TypeError as e:
    print('TypeError', e)
