fs = frozenset([3, 1, 2])
print(sorted(fs), len(fs), 2 in fs, fs | {9}, fs & {1, 9}, fs - {1}, fs ^ {1, 7})
print(fs.union([5]), fs.intersection(range(3)), fs.issubset(range(5)), fs.copy() is fs)
d = {fs: 'frozen key', frozenset(): 'empty'}
print(d[frozenset({1, 2, 3})], d[frozenset()])
s = {1, 2, 3}
s.intersection_update({2, 3, 4}); print(s)
s.difference_update([3]); print(s)
s.symmetric_difference_update({2, 5}); print(s)
s.update(range(3)); print(s)
print(s.copy() == s, s.copy() is s, {1, 2}.isdisjoint([3]), set().union(), set.union({1}, {2}, {3}))
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), sorted(sorted(x) for x in nested))
try:
    fs.add(1)
except AttributeError as e:
    print('AttributeError', e)
