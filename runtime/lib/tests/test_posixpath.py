"""taipan posixpath (os.path) vs CPython posixpath: pure path functions."""
import sys

from _harness import Checker, load, real_module

mine = load('posixpath')
real = real_module('posixpath')
c = Checker(mine, real)

PATHS = ['', '/', '//', '///', 'a', 'a/', '/a', 'a/b', '/a/b/', 'a//b', './a', '../a', 'a/./b/../c', '/..',
         '//a/b', '.bashrc', 'x.tar.gz', 'a.b/c', 'f.', '..x', 'a/.b', '/a/b/c.d.e', '...', '~', '~/x',
         b'', b'/a/b.c', b'a//b/', b'../x']
for p in PATHS:
    for f in ('split', 'splitext', 'dirname', 'basename', 'normpath', 'isabs', 'splitdrive', 'normcase'):
        c.check(f'{f}({p!r})', lambda m, f=f, p=p: getattr(m, f)(p))
for a, b in [('a', 'b'), ('a/', 'b'), ('a', '/b'), ('', 'b'), ('a', ''), ('/', 'x'), (b'a', b'b'), ('a', b'b'),
             ('a', 1), (1, 'a'), ('a', None)]:
    c.check(f'join({a!r}, {b!r})', lambda m, a=a, b=b: m.join(a, b))
c.many('join', [lambda m: m.join('a'), lambda m: m.join('a', 'b', 'c', '/d', 'e/'), lambda m: m.join()])
for p, s in [('/a/b/c', '/a/d'), ('/a', '/a'), ('/a/b', '/'), ('/', '/a/b'), ('/x/y', '/x/y/z/w'), (b'/a/b', b'/a')]:
    c.check(f'relpath({p!r}, {s!r})', lambda m, p=p, s=s: m.relpath(p, s))
c.many('relpath errors', [lambda m: m.relpath(''), lambda m: m.relpath('/a', b'/b'), lambda m: m.relpath(3)])
c.many('commonpath', [
    lambda m: m.commonpath(['/a/b/c', '/a/b/d']), lambda m: m.commonpath(['a/x', 'a/y/z']),
    lambda m: m.commonpath(['/a']), lambda m: m.commonpath([]), lambda m: m.commonpath(['/a', 'b']),
    lambda m: m.commonpath(['/a/./b', '/a/b/c']), lambda m: m.commonpath([b'/a/b', b'/a/c']),
    lambda m: m.commonpath(['/a', b'/a']),
])
c.many('commonprefix', [
    lambda m: m.commonprefix([]), lambda m: m.commonprefix(['abc', 'abd', 'ab']),
    lambda m: m.commonprefix([['a', 'b'], ['a', 'c']]), lambda m: m.commonprefix(['x']),
])
c.many('expand', [
    lambda m: m.expanduser('~no_such_user_zz/a'), lambda m: m.expanduser('x/~'), lambda m: m.expanduser(b'a'),
    lambda m: m.expandvars('no vars'), lambda m: m.expandvars('$NO_SUCH_VAR_ZZ/${NO_SUCH_VAR_ZZ}'),
    lambda m: m.expandvars('$'), lambda m: m.expandvars('${'), lambda m: m.expandvars('a$$b'),
    lambda m: m.expandvars(b'$NO_SUCH_VAR_ZZ'),
])
c.many('fs', [
    lambda m: m.exists('/'), lambda m: m.isdir('/'), lambda m: m.isfile('/'), lambda m: m.exists('/no/such/zz'),
    lambda m: m.islink('/no/such'), lambda m: m.lexists('/'), lambda m: m.getsize('/no/such/zz'),
    lambda m: m.ismount('/'), lambda m: m.realpath('/'), lambda m: m.abspath('/a/../b'), lambda m: m.exists(3.5),
])

sys.exit(c.report('posixpath'))
