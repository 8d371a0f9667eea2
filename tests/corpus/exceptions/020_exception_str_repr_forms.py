excs = [ValueError(), ValueError('one'), ValueError('a', 'b'), KeyError('k'), KeyError(), IndexError(3),
        OSError(2, 'msg'), OSError('plain'), StopIteration(1), SystemExit(0), AttributeError('at'),
        UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'), Exception(None), Exception([1])]
for e in excs:
    print(type(e).__name__, '|', str(e), '|', repr(e), '|', e.args)
