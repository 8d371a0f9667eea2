print(min(3, 1, 2), max(3, 1, 2))
print(min([4, 5]), max('abc'))
print(min([], default='empty'), max([], default=None))
print(min(['bb', 'a', 'ccc'], key=len), max(['bb', 'a', 'ccc'], key=len))
print(max([1, 3, 3], key=lambda x: x // 2))
print(min((1, 'b'), (1, 'a')))
try:
    min([])
except ValueError as e:
    print('ValueError', e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10))
print(sum([[1], [2]], []))
print(sum(x * x for x in range(5)))
print(sum([1.5, 2, True]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError', e)
print(max(1, 2.5, True), min(-1, -1.0))
