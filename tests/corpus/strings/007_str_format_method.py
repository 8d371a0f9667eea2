print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0[0]} {0[1]}'.format([5, 6]), '{d[k]}'.format(d={'k': 'v'}), '{o.real}'.format(o=3))
print('{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'))
print('{:08.3f} {:+.1e} {:,} {:_b} {:#o}'.format(3.14159, 1234.5, 10**9, 255, 8))
print('{!r} {!s} {!a}'.format('x', 'y', 'é'))
print('{{literal}} {}'.format(1))
print('{:{w}.{p}f}'.format(3.14159, w=10, p=2))
print('{:*^11}'.format('mid'), '{:=+8}'.format(42), '{:x<4d}'.format(7))
print('{0}{0}{1}'.format('ab', 'c'))
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError', e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print('KeyError', e)
class D:
    def __format__(self, spec): return spec.replace('%Y', '2020')
print('{:%Y}'.format(D()))
print('{:.2%}'.format(0.4567), '{:n}'.format(1234), '{:c}'.format(97))
print('{name:>{width}}'.format_map({'name': 'z', 'width': 3}))
