s = '  hi there  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'abcba'.strip('ab'), '..a..'.lstrip('.'))
print(repr('hi'.center(7)), repr('hi'.center(7, '*')), repr('hi'.ljust(5, '-')), repr('hi'.rjust(5)))
print('42'.zfill(5), '-42'.zfill(6), '+3'.zfill(4), 'abc'.zfill(2))
print('a\tb\tc'.expandtabs(4), repr('\t'.expandtabs()))
print('prefix_name'.removeprefix('prefix_'), 'file.txt'.removesuffix('.txt'), 'x'.removeprefix('y'))
