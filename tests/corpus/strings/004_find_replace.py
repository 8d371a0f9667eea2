s = 'the cat sat on the mat'
print(s.find('at'), s.rfind('at'), s.find('dog'), s.index('sat'), s.rindex('the'))
print(s.count('at'), s.count('the'), s.count(''), 'aaaa'.count('aa'))
print(s.replace('at', 'og'), s.replace('at', 'og', 1), 'abc'.replace('', '-'))
print(s.startswith('the'), s.endswith('mat'), s.startswith(('a', 't')), s.endswith('at', 0, 7))
print(s.find('at', 5), s.find('at', 5, 8))
try:
    s.index('dog')
except ValueError as e:
    print('ValueError', e)
print('at' in s, 'dog' not in s)
print('hello'.translate(str.maketrans('el', 'ip')), 'abc'.translate({ord('a'): None, ord('b'): 'BB'}))
print(str.maketrans('ab', 'xy', 'c'))
