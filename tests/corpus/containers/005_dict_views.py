d = {'x': 1, 'y': 2, 'z': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['w'] = 4
print(len(k), list(k), list(v), list(it))
print(k & {'x', 'q'}, sorted(k | {'q'}), sorted(k - {'x'}), sorted(k ^ {'x', 'q'}))
print(('x', 1) in it, ('x', 2) in it, 'x' in k, 4 in v)
print(sorted(it - {('x', 1)}))
print(k == {'x', 'y', 'z', 'w'}, k.isdisjoint({'a'}))
try:
    for key in d:
        d['new'] = 0
except RuntimeError as e:
    print('RuntimeError', e)
print(d.keys().mapping == d if hasattr(d.keys(), 'mapping') else True)
print(list(reversed(d.keys())), list(reversed(d.items()))[0])
