keys = ['a', 'b', 'c']
vals = [1, 2, 3]
d = dict(zip(keys, vals))
print(d, {v: k for k, v in d.items()})
print(list(zip(*d.items())))
print(list(zip(range(3), range(10, 13), 'xyz')))
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(r) for r in zip(*m)], [list(r) for r in zip(*m[::-1])])
print(max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
print(sorted(d, key=d.get, reverse=True))
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)))
