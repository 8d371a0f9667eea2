print(max([1, 2], [1, 3]), max('apple', 'banana'), min((3, 'a'), (3, 'b')))
print(max([-0.0, 0.0]), min([0.0, -0.0]), max([2, 2.0]), max([2.0, 2]))
print(max(range(5), key=lambda x: -x), min('b', 'a', 'c', key=ord))
print(max([[], [1], [0, 0]], key=len), max({'a': 3, 'b': 9}.values()))
try:
    max()
except TypeError as e:
    print('TypeError', e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print('TypeError', e)
try:
    max([1, 'a'])
except TypeError as e:
    print('TypeError', e)
print(max(iter([4, 9, 1])), min(x * x for x in range(-3, 3)))
