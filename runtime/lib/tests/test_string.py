"""taipan string vs CPython string (constants, capwords)."""
import sys

from _harness import Checker, load, real_module

mine = load('string')
real = real_module('string')
c = Checker(mine, real)

for name in ('ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits',
             'punctuation', 'printable', 'whitespace'):
    c.check(name, lambda m, name=name: getattr(m, name))
for s, sep in [('hello world', None), ('  many   spaces here ', None), ('a-b--c', '-'), ('', None), ('ÉCOLE été', None),
               ('x\ty\nz', None), ('abc', ''), (3, None)]:
    c.check(f'capwords({s!r}, {sep!r})', lambda m, s=s, sep=sep: m.capwords(s, sep))

sys.exit(c.report('string'))
