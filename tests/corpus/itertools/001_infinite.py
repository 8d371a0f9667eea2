from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle('abc'), 7)), list(repeat('x', 3)), list(islice(repeat(0), 2)))
print(list(zip(count(1), 'abc')))
print(list(map(pow, range(5), repeat(2))))
print(list(islice(range(100), 10, 20, 3)), list(islice('abcdef', None, None, 2)), list(islice('abc', 1, None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
