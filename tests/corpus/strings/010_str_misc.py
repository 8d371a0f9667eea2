print(str(1) + str(2), ''.join(sorted('cba')), 'ab'.encode(), 'é'.encode('utf-8'), 'é'.encode('latin-1'))
print(b'\xc3\xa9'.decode('utf-8'), 'abc'.encode('ascii'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print('é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'ignore'), b'\xff'.decode('utf-8', 'replace'))
print('a' 'b' 'c', 'x\
y')
print(r'raw\n', '\x41\u0042\N{LATIN SMALL LETTER C}', '\101')
s = 'abc'
t = s
s += 'd'
print(s, t)
print(str.upper('q'), 'abc'.__len__(), 'ab'.__contains__('a'), 'x'.__add__('y'))
print('%s' % 'a'.join('123'))
