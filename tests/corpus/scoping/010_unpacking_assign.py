a, *b, c = range(6)
print(a, b, c)
(x, y), z = [1, 2], 3
print(x, y, z)
first, *_ = 'hello'
print(first)
d = {'a': 1, 'b': 2}
k1, k2 = d
print(k1, k2)
i = j = k = 0
i += 1
print(i, j, k)
l = [0, 0]
idx = 0
idx, l[idx] = 1, 5
print(idx, l)
print(*range(3), *'ab')
print([*range(2), *[9]], {*'aa', *'b'} == {'a', 'b'}, {**{'x': 1}, 'y': 2})
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
x = y = []
x.append(1)
print(y)
