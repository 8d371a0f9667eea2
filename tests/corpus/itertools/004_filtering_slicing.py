from itertools import takewhile, dropwhile, filterfalse, compress, zip_longest, tee
print(list(takewhile(lambda x: x < 5, [1, 3, 6, 2])), list(dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(zip_longest('abc', [1], fillvalue='-')), list(zip_longest([1, 2], [3])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
x, y, z = tee('hi', 3)
print(next(x), list(y), list(z), list(x))
