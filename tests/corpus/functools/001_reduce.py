from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 11)))
print(reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 'init'), reduce(operator.add, ['x']))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
print(reduce(lambda acc, w: acc + len(w), 'the quick fox'.split(), 0))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
