"""taipan io.StringIO/BytesIO vs CPython's."""
import sys

from _harness import Checker, load, real_module

mine = load('io')
real = real_module('io')
c = Checker(mine, real)


def run(m, cls, init, *ops):
    f = getattr(m, cls)(*init)
    out = []
    for name, *args in ops:
        try:
            out.append(getattr(f, name)(*args))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    try:
        out.append(f.getvalue())
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    return out


S = 'StringIO'
B = 'BytesIO'
c.many('StringIO', [
    lambda m: run(m, S, (), ('write', 'abc'), ('tell',), ('seek', 0), ('read',)),
    lambda m: run(m, S, ('one\ntwo\nthree',), ('readline',), ('readline', 2), ('readlines',), ('readline',)),
    lambda m: run(m, S, ('abcdef',), ('seek', 2), ('write', 'XY'), ('read',), ('truncate', 3), ('tell',)),
    lambda m: run(m, S, ('ab',), ('seek', 5), ('write', 'z'), ('seek', 0, 2), ('seek', 1, 1), ('seek', 1, 2)),
    lambda m: run(m, S, (), ('seek', -1), ('seek', 0, 3), ('read', 'x'), ('write', b'x'), ('seek', 1.5)),
    lambda m: run(m, S, ('x',), ('close',), ('read',), ('write', 'a'), ('tell',), ('closed',)),
    lambda m: run(m, S, ('a\r\nb\rc\nd',), ('readlines',)),
    lambda m: run(m, S, ('a\r\nb\rc\nd', None), ('readlines',), ('newlines',)),
    lambda m: run(m, S, ('a\r\nb\rc\nd', ''), ('readlines',)),
    lambda m: run(m, S, ('x\ny', '\r\n'), ('readlines',)),
    lambda m: run(m, S, ('', '\r'), ('write', 'a\nb\n'), ('seek', 0), ('readlines',)),
    lambda m: run(m, S, (), ('writelines', ['a', 'b']), ('readable',), ('writable',), ('seekable',), ('isatty',)),
    lambda m: run(m, S, (), ('fileno',)), lambda m: run(m, S, (), ('detach',)),
    lambda m: run(m, S, (b'x',)), lambda m: run(m, S, ('', 'x')), lambda m: run(m, S, ('', 5)),
    lambda m: list(m.StringIO('1\n2\n3')), lambda m: m.StringIO('q').read(None),
    lambda m: (lambda f: (f.write('é☃'), f.tell(), f.getvalue()))(m.StringIO()),
])
c.many('BytesIO', [
    lambda m: run(m, B, (), ('write', b'abc'), ('tell',), ('seek', 0), ('read',)),
    lambda m: run(m, B, (b'1\n2\n3',), ('readline',), ('readlines',), ('read', 5)),
    lambda m: run(m, B, (b'abcdef',), ('seek', -2, 2), ('read',), ('seek', -100, 1), ('tell',), ('truncate', 2)),
    lambda m: run(m, B, (b'ab',), ('seek', 4), ('write', bytearray(b'z')), ('seek', -1)),
    lambda m: run(m, B, (), ('write', 'str'), ('seek', 0, 7)),
    lambda m: run(m, B, (b'x',), ('close',), ('read',), ('closed',)),
    lambda m: run(m, B, (bytearray(b'ba'),), ('read1', 1), ('readlines',)),
    lambda m: list(m.BytesIO(b'a\nb')), lambda m: m.BytesIO(b'q').read(None),
])
c.many('classes', [
    lambda m: m.StringIO, lambda m: m.BytesIO, lambda m: issubclass(m.UnsupportedOperation, OSError),
    lambda m: issubclass(m.UnsupportedOperation, ValueError), lambda m: isinstance(m.StringIO(), m.TextIOBase),
    lambda m: isinstance(m.BytesIO(), m.BufferedIOBase), lambda m: isinstance(m.StringIO(), m.IOBase),
    lambda m: (m.SEEK_SET, m.SEEK_CUR, m.SEEK_END), lambda m: m.open is open,
])

sys.exit(c.report('io'))
