import traceback
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('during handling')
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)
try:
    try:
        raise TypeError('a')
    except TypeError:
        raise OSError('b') from None
except OSError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise ValueError('x')
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    print(''.join(traceback.format_exception_only(e)), end='')
