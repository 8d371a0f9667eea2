import sys
print(sys.exc_info())
try:
    raise ValueError('hi')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
print(sys.exc_info())
def inner():
    return sys.exc_info()[0]
try:
    raise KeyError
except KeyError:
    print(inner().__name__)
