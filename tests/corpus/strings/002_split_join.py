print('a,b,,c'.split(','))
print('  a  b   c '.split())
print('a b c d'.split(' ', 2), 'a b c d'.rsplit(' ', 2))
print('a\nb\r\nc\rd'.splitlines(), 'a\nb\n'.splitlines(keepends=True))
print(''.split(','), ''.split(), 'abc'.split('abc'))
print('-'.join(['x', 'y', 'z']), ''.join([]), ', '.join(map(str, range(4))))
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'abc'.partition('x'), 'abc'.rpartition('x'))
try:
    ','.join([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError', e)
print('1,2;3'.replace(';', ',').split(','))
