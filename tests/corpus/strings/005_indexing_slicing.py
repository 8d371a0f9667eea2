s = 'abcdefghij'
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:-1], s[5:2], s[1:8:3])
print(s[100:], s[-100:2])
try:
    s[20]
except IndexError as e:
    print('IndexError', e)
try:
    s[0] = 'x'
except TypeError as e:
    print('TypeError', e)
print(len('日本語'), '日本語'[1], '😀x'[1])
print(list('abc'), [c * 2 for c in 'xyz'])
print('abc' * 3, 3 * 'ab', 'a' + 'b', 'abc' * 0)
print('abc' < 'abd', 'Z' < 'a', 'abc' < 'ab', '' < 'a', 'a' == 'a')
print(max('hello'), min('hello'), sorted('banana'))
