d = {}
for k in [5, 3, 9, 1]:
    d[k] = k * k
print(d)
d[3] = 'updated'
print(d)
del d[5]
d[5] = 'readded'
print(d)
print(list(d), [k for k in d])
print({**d, 0: 'zero'}, {0: 'zero', **d})
d2 = dict(sorted(d.items(), key=lambda kv: str(kv[1])))
print(d2)
print({1: 'a', 1.0: 'b', True: 'c'})
print({(1, 2): 'tuple key', frozenset([1]): 'fs', None: 'none'})
try:
    {[1]: 2}
except TypeError as e:
    print('TypeError', e)
