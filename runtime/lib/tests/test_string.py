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

for t in ['$who likes $what', '${x}y $$', '$', 'ab $1', 'line\n  ${a', '${}', '$ x', 'a$', '$$$a', '${a}${b', '$ÿ']:
    c.check(f'Template({t!r})', lambda m, t=t: (m.Template(t).safe_substitute(who=1, x=2), m.Template(t).is_valid(),
                                                 m.Template(t).get_identifiers()))
    c.check(f'Template({t!r}).substitute', lambda m, t=t: m.Template(t).substitute({'who': 0, 'a': 1}, what=2, x=3))

sys.exit(c.report('string'))
