import traceback
cases = [ValueError('v'), KeyError('k'), Exception(), OSError(2, 'ENOENT'), StopIteration(), ZeroDivisionError('division by zero')]
for e in cases:
    print(traceback.format_exception_only(type(e), e))
class Custom(Exception):
    pass
print(traceback.format_exception_only(Custom, Custom('custom message')))
try:
    compile('x = (', '<string>', 'exec')
except SyntaxError as e:
    lines = traceback.format_exception_only(type(e), e)
    print(lines[-1], end='')
    print(e.msg, e.lineno)
try:
    int('abc')
except ValueError as e:
    print(''.join(traceback.format_exception_only(e)).strip())
