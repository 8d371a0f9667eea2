print('a', 'b', sep=None, end=None)
print(1, sep='')
print(*[], sep='x')
print('x', 'y', 'z', sep='\n', end='<END>\n')
print('', '', sep='|')
print([], {}, (), set(), '', sep=',')
print('mixed', 1, 2.5, None, [1], sep=' ~ ')
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError', e)
print('unicode ☃ é 日本')
print(repr('☃'), ascii('☃'))
