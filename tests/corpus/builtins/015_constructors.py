print(str(), str(12), str(1.5), str([1]), str(b'x'), str(b'caf\xc3\xa9', 'utf-8'))
print(int(), int('42'), int(' -7 '), int(3.9), int(-3.9), int('1_000'), int(True))
print(float(), float('1.5'), float(' -2 '), float('inf'), float('1e3'), float(7))
print(bool(), bool(0), bool(''), bool([0]), bool(None), bool(0.0), bool('False'))
print(list(), list('ab'), list((1, 2)), list({1: 2}), list(range(3)))
print(tuple(), tuple('ab'), tuple([1, 2]))
print(dict(), dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), dict(zip('ab', [1, 2])))
print(sorted(set('hello')), set(), set([3, 1, 3]))
print(frozenset(), sorted(frozenset([2, 1])), frozenset([1]) == {1})
for bad in ['abc', '1.5', '']:
    try:
        int(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    float('x')
except ValueError as e:
    print('ValueError', e)
