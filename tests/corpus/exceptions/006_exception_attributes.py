try:
    raise ValueError('msg', 42)
except ValueError as e:
    err = e
print(err.args, str(err), repr(err))
print(type(err.__traceback__).__name__, err.__traceback__.tb_lineno)
try:
    print(e)
except NameError as ne:
    print('NameError', ne)
e2 = Exception('x')
e2.extra = 'attr'
print(e2.extra, e2.with_traceback(None) is e2)
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value)
try:
    raise SystemExit(3)
except SystemExit as s:
    print('code', s.code)
e3 = ValueError('note test')
e3.add_note('first note')
e3.add_note('second')
print(e3.__notes__)
import traceback
print(''.join(traceback.format_exception_only(e3)), end='')
