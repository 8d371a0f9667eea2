# io.StringIO and io.BytesIO.
import io
import sys

s = io.StringIO()
print("hello", 42, file=s)
print(s.write("line2\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()), repr(s.readline()))
s.seek(0)
print(list(s))
s.seek(0)
print(s.readlines(), s.seek(0), s.read(3), s.tell(), s.read(0), s.read(None))
s = io.StringIO("ab\ncd")
print(s.tell(), s.read(1), s.seek(10), s.write("x"), repr(s.getvalue()), s.seek(0, 2), s.tell())
s = io.StringIO("abcdef")
s.seek(2)
s.write("XY")
print(s.getvalue(), s.tell(), s.read(), s.truncate(3), repr(s.getvalue()), s.tell())
for line in io.StringIO("one\ntwo\nthree"):
    print(repr(line))


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: io.StringIO("x").seek(1, 1))
show(lambda: io.StringIO("x").seek(1, 2))
show(lambda: io.StringIO().seek(-1))
show(lambda: io.StringIO().seek(0, 5))
show(lambda: io.StringIO(b"x"))
show(lambda: io.StringIO().write(b"x"))
show(lambda: io.StringIO(newline="x"))
show(lambda: io.StringIO().read("a"))
show(lambda: io.StringIO().fileno())
c = io.StringIO("data")
c.close()
print(c.closed)
show(lambda: c.write("a"))
show(lambda: c.getvalue())
show(lambda: c.read())
with io.StringIO("x\ny\n") as f:
    print([l for l in f], f.closed)
print(f.closed)
print(io.StringIO("a\r\nb\rc\n", newline=None).getvalue().split("\n"), io.StringIO("a\r\nb\rc\n", newline="").readlines())
print(io.StringIO("abc").readable(), io.StringIO().writable(), io.StringIO().seekable(), io.StringIO().isatty())
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase), io.StringIO, io.BytesIO)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))

old = sys.stdout
sys.stdout = buf = io.StringIO()
print("captured", end="!")
sys.stdout = old
print(repr(buf.getvalue()))
w = io.StringIO()
w.writelines(["a", "b", "c\n"])
print(repr(w.getvalue()))

b = io.BytesIO(b"abc\ndef")
print(b.read(2), b.readline(), b.read(), b.tell(), b.getvalue())
print(b.write(b"Z"), b.seek(0), b.read())
print(b.seek(-2, 2), b.read(), b.seek(0, 1), b.truncate(3), b.getvalue())
b = io.BytesIO()
b.write(b"xy")
b.seek(5)
b.write(bytearray(b"!"))
print(b.getvalue(), list(io.BytesIO(b"1\n2\n3")), io.BytesIO(b"a\nb").readlines())
show(lambda: io.BytesIO().write("x"))
show(lambda: io.BytesIO().seek(-1))
bb = io.BytesIO(b"q")
bb.close()
show(lambda: bb.read())
with io.BytesIO(b"ctx") as bf:
    print(bf.read(), bf.closed)
print(bf.closed)
