def g():
    yield 1
    raise ValueError('inside gen')
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print('caught', e)
print(next(it, 'exhausted'))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print('RuntimeError', e)
def fin():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
for x in fin():
    print(x)
    break
print('after break')
def running():
    yield next(r)
r = running()
try:
    next(r)
except ValueError as e:
    print('ValueError', e)
