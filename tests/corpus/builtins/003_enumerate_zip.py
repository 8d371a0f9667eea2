for i, c in enumerate('abc'):
    print(i, c)
for i, c in enumerate('xy', start=10):
    print(i, c)
print(list(enumerate([5, 6], 1)))
print(list(zip([1, 2, 3], 'ab')))
print(list(zip()))
print(list(zip([1], [2], [3])))
a, b = zip(*[(1, 'x'), (2, 'y')])
print(a, b)
print(dict(zip('abc', range(3))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print('ValueError', e)
e = enumerate([10, 20])
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print('stop')
