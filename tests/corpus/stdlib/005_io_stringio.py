import io
s = io.StringIO()
s.write('hello\n')
print('second line', file=s)
s.write('third')
print(repr(s.getvalue()))
r = io.StringIO('l1\nl2\nl3\n')
print(r.readline(), end='')
print(r.read(2), repr(r.read()))
r.seek(0)
print(r.readlines(), r.tell())
r.seek(0)
for line in r:
    print('iter', line.rstrip())
w = io.StringIO('abcdef')
w.seek(2); w.write('XY'); print(w.getvalue())
w.truncate(3); print(repr(w.getvalue()))
b = io.BytesIO(b'bin')
print(b.read(), b.getvalue())
b.write(b'ary'); print(b.getvalue())
with io.StringIO() as x:
    x.write('ctx'); print(x.getvalue(), x.closed)
print(x.closed)
import contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured!')
print('got', repr(buf.getvalue()))
