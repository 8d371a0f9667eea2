print(sorted([3, 1, 2]))
print(sorted('hello'))
print(sorted([3, 1, 2], reverse=True))
print(sorted(['bb', 'a', 'ccc'], key=len))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
print(sorted({3: 'a', 1: 'b'}))
data = [('a', 2), ('b', 1), ('c', 2), ('d', 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(list(reversed([1, 2, 3])))
print(''.join(reversed('abc')))
print(list(reversed((1, 2))))
class R:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(R())))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError', e)
print(sorted([], reverse=True))
print(sorted([-3, 2, -1], key=abs))
