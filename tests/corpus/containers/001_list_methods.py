l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.insert(0, 0); l.insert(100, 99); l.insert(-1, 98); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(3); print(l)
print(l.index(2), l.count(1), l.index(5, 2))
l.reverse(); print(l)
l.sort(); print(l)
l2 = l.copy(); l2.clear(); print(l, l2)
try:
    l.remove(42)
except ValueError as e:
    print('ValueError', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError', e)
try:
    l.index(42)
except ValueError as e:
    print('ValueError', e)
print([1, 2] + [3], [0] * 3, [[]] * 2, 2 in [1, 2], [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0])
a = [1, 2]; a += (3, 4); a *= 2; print(a)
