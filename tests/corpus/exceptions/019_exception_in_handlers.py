log = []
def risky(i):
    if i % 3 == 0: raise ValueError(i)
    if i % 3 == 1: raise KeyError(i)
    return i
for i in range(6):
    try:
        risky(i)
    except ValueError as e:
        log.append(('V', e.args[0]))
    except KeyError as e:
        log.append(('K', e.args[0]))
    else:
        log.append(('ok', i))
print(log)
def convert(vals):
    out = []
    for v in vals:
        try:
            out.append(int(v))
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__)
    return out
print(convert(['1', 'x', None, 2.5, '  7 ', [1]]))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        undefined_func()
except NameError as e2:
    print(type(e2).__name__, type(e2.__context__).__name__)
e = None
try:
    raise OSError('x')
except OSError as e:
    pass
try:
    print(e)
except NameError:
    print('e was deleted after except')
