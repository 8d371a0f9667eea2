import itertools as it
print(list(it.islice('abc', 0)), list(it.islice('abc', 5)), list(it.islice(it.count(), 2, 2)))
try:
    it.islice('abc', -1)
except ValueError as e:
    print('ValueError', e)
print(list(it.product('ab', [])), list(it.product([], repeat=0)), list(it.combinations([], 0)), list(it.permutations('ab', 0)))
print(list(it.permutations('abc', 4)), list(it.combinations_with_replacement('', 2)))
print(list(it.accumulate([])), list(it.accumulate([], initial=0)), list(it.chain()), list(it.zip_longest()))
print(list(it.groupby([])), [(k, list(g)) for k, g in it.groupby([1, 1.0, True, 2])])
c = it.count(5)
print(next(c), next(c), repr(c))
print(repr(it.count(1.5, 0.5)), repr(it.repeat('x', 2)))
t1, t2 = it.tee([])
print(list(t1), list(t2))
r = it.repeat(1, 3)
print(list(r), list(r), it.repeat(0, -1).__length_hint__() if hasattr(it.repeat(0, -1), '__length_hint__') else 0)
print(list(it.starmap(max, [[1, 5], (7, 2)])), list(it.compress('abc', [True])), list(it.takewhile(bool, [])))
print(list(it.pairwise('a')), list(it.pairwise('')), list(it.batched('abcde', 2)) if hasattr(it, 'batched') else 'no batched')
