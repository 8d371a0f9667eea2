s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step)
print(list(range(10))[s], 'abcdefgh'[s])
print(slice(3), slice(None, None, -1), slice(1, None))
print(s.indices(4), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
class Sl:
    def __getitem__(self, k): return k
o = Sl()
print(o[1:2], o[::3], o[1:2, 3], o[...], o[:, None])
l = list(range(10))
l[2:5] = ['x']
print(l)
del l[::2]
print(l)
print(slice(1, 2) == slice(1, 2), 'abc'[slice(None, None, -1)])
