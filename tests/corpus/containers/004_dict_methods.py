d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop('a'), d.pop('zz', 'dflt'), d)
print(d.setdefault('b', 99), d.setdefault('n', []), d)
d.update({'x': 1}, y=2); d.update([('z', 3)]); print(d)
print(d.popitem(), d)
d2 = d.copy(); d2.clear(); print(d, d2)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
del d['b']; print(d)
print({1: 'a'} == {1: 'a'}, {1: 2} | {3: 4}, {1: 2, 3: 4} | {1: 'x'})
e = {'k': 1}; e |= {'j': 2}; print(e)
print(list(reversed({'a': 1, 'b': 2})))
