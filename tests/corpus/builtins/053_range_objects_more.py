r = range(10, -10, -3)
print(list(r), len(r), r[2], r[-1], r.index(4), 7 in r, 8 in r)
print(r[1:4], list(r[1:4]), r[::-1], list(r[::2]))
print(range(5) == range(0, 5), range(0, 3, 2) == range(0, 4, 2), range(0) == range(5, 1))
print(hash(range(5)) == hash(range(0, 5, 1)), reversed(range(3)).__class__.__name__)
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError', e)
big = range(0, 10 ** 30, 7)
print(big[10 ** 20], (10 ** 20 * 7) in big, big.count(14), big.index(70))
print(list(range(-3)), list(range(3, -3, -1)), sum(range(1, 101, 2)))
