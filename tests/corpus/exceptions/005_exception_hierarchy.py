for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, StopIteration, KeyboardInterrupt, UnicodeDecodeError, RecursionError, NotImplementedError, ModuleNotFoundError]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
try:
    raise FileNotFoundError(2, 'No such file', 'x.txt')
except OSError as e:
    print(e.errno, e.strerror, e.filename, e)
try:
    {}['a']
except LookupError as e:
    print('LookupError caught', repr(e))
try:
    raise KeyboardInterrupt
except Exception:
    print('not here')
except BaseException as e:
    print('BaseException', type(e).__name__)
