print('%s and %r' % ('str', 'str'))
print('%d %i %5d %-5d| %05d %+d' % (1, 2, 3, 4, 5, 6))
print('%f %.2f %10.3f %-10.1f| %e %.2E %g %G' % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 1e-5, 1e20))
print('%x %X %#x %o %#o %c %c' % (255, 255, 255, 8, 8, 65, 'z'))
print('%(name)s is %(age)d' % {'name': 'Bob', 'age': 30})
print('%%', '%s' % [1, 2], '%s' % (1,), '%.3s' % 'abcdef', '%*d' % (5, 42), '%-*s|' % (4, 'x'))
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError', e)
try:
    '%s %s' % (1,)
except TypeError as e:
    print('TypeError', e)
try:
    '%s' % (1, 2)
except TypeError as e:
    print('TypeError', e)
print('%a' % 'é', '%r' % 1.0, '%s' % None, '%d' % 3.99, '%d' % True)
