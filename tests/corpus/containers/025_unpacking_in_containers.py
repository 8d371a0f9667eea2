a = [1, 2]
b = (3, 4)
c = {'x': 5}
print([*a, *b], (*a, *b), {*a, *b}, {**c, 'y': 6}, [*c], [*'hi'])
print(*a, *b, sep=',')
first, *middle, last = [*a, *b, 9]
print(first, middle, last)
def f(*args, **kw): return args, kw
print(f(*a, 0, *b, **c, z=1))
matrix = [[1, 2], [3, 4]]
print([*zip(*matrix)], [*map(sum, matrix)])
head, *tail = 'x'
print(head, tail)
[p, q], r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
