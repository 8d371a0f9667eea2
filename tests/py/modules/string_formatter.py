# string.Formatter: parse pieces (escaped braces end a literal piece), nested specs,
# auto-numbering, attribute/index field names, CPython's error messages.
import string
f = string.Formatter()
print(f.format('{0}-{x}', 1, x=2), list(f.parse('a{b}c{d:>3}')))
print(f.format('{} {} {a.real} {b[1]} {!r:>{w}}', 'x', 'y', 'z', a=3, b=[5, 6], w=6))
print(list(f.parse('{{x}} {0!s:^{1}} end')))
print(list(f.parse('')), list(f.parse('plain')))
for bad in ['{', '}', '{0!}', '{0} {}']:
    try:
        f.format(bad, 1, 2)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
for s in ['{', '}', '{0!}', '{0!', '{0', '{0:{', 'a{{b', 'x}}y', '{0!rx}', '{!r}']:
    try: print(repr(s), list(f.parse(s)))
    except ValueError as e: print(repr(s), 'ValueError', e)
