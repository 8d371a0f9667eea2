s = 'naïve café 日本 😀'
print(len(s), s.upper(), s.encode('utf-8'), len(s.encode('utf-8')))
print([hex(ord(c)) for c in '😀é'])
print('ﬁ'.upper(), 'ǅ'.lower(), 'ǅ'.upper(), 'ǆ'.title())
print('Ⅻ'.isnumeric(), '٣'.isdigit(), int('٣'), float('１２'))
print('a\u0301' == 'á', len('a\u0301'))
print('straße'.upper(), 'ΣΑΣ'.lower())
print(sorted(['b', 'A', 'a', 'B', 'é']))
print('x'.center(5, '•'))
