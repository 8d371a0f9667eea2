import traceback
def f(): raise ValueError('bad value')
try:
    f()
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    tb = traceback.extract_tb(e.__traceback__)
    print([fs.name for fs in tb], [fs.lineno for fs in tb])
    lines = traceback.format_exception(e)
    print(lines[0], end='')
    print(lines[-1], end='')
    print(len(lines))
def g():
    return [fs.name for fs in traceback.extract_stack()]
def h(): return g()
print(h())
try:
    {}['missing']
except KeyError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
try:
    raise TypeError('x') from ValueError('y')
except TypeError as e:
    s = ''.join(traceback.format_exception(e))
    print('direct cause' in s, s.count('Traceback'))
