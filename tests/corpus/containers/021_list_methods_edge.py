l = [1, 2, 3]
l.extend(l)
print(l)
l[:] = l[::-1]
print(l)
l.insert(-100, 'first')
print(l)
print(l.index(3, 2), l.count(2))
l.sort(key=str)
print(l)
l2 = [5, 3, 1]
l2.sort(reverse=True, key=lambda x: -x)
print(l2)
print([] * 5, [None] * 2, [1, 2] * -1)
a = [1, 2, 3]
a[1:2] = []
print(a)
a[5:] = [7]
print(a)
a += 'xy'
print(a)
del a[:]
print(a)
x = [3, 1, 2]
print(sorted(x), x, x.sort(), x)
print(list.__len__([1, 2]), [].__class__.__name__, [1, 2].__contains__(2))
