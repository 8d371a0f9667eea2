d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d)
d2 = {'a': 1}
d2.update(a=2, b=3)
print(d2, d2.get('c', {}).get('x', 'nested default'))
print({**{}}, dict(), dict.fromkeys([]), {}.copy())
print(list({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}))
d3 = dict.fromkeys('ab', [])
d3['a'].append(1)
print(d3)
k = ('tuple', 1)
print({k: 'v'}[('tuple', 1)])
print({1: 2}.items() == {(1, 2)}, {1: 2}.keys() == {1}, {1: 2}.values() == {1: 2}.values())
d4 = {'x': 1}
for key in list(d4):
    d4[key + key] = 2
print(d4)
print(len({i: i for i in range(1000)}), {i % 3: i for i in range(10)})
