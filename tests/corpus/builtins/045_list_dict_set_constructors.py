print(list(range(3)), list('abc'), list({'k': 1}), list({3}), list(x for x in 'xy'), list(b'ab'))
print(dict([('a', 1), ['b', 2]]), dict(a=1, **{'b': 2}), dict(dict(x=1)), dict(zip(range(2), 'ab')))
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print('ValueError', e)
try:
    dict([1])
except TypeError as e:
    print('TypeError', e)
print(sorted(set('hello')), set(range(5)), set({1: 2}), sorted(frozenset('aab')))
print(tuple({1: 2}), tuple(range(3)), tuple(x * 2 for x in (1, 2)))
try:
    list(5)
except TypeError as e:
    print('TypeError', e)
print(bool([]), bool([[]]), bool({}), bool({0: 0}), bool(set()), bool(range(0)), bool(''))
