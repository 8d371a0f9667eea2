import itertools as it
print(sum(1 for p in it.permutations(range(6)) if all(abs(p[i] - p[i + 1]) != 1 for i in range(5))))
coins = [1, 2, 5]
print(sorted({sum(c) for r in range(1, 4) for c in it.combinations_with_replacement(coins, r)}))
print([''.join(p) for p in it.product('01', repeat=3)])
data = sorted(['ant', 'bee', 'bat', 'cow', 'cat', 'ape'])
print({k: list(g) for k, g in it.groupby(data, key=lambda s: s[0])})
print(list(it.accumulate(range(1, 11), lambda a, b: a * b))[-1])
print(list(it.islice(it.cycle([1, 2, 3]), 2, 9, 2)))
print(next(it.dropwhile(lambda x: x < 10, it.count(0, 3))))
running = list(it.accumulate([5, -2, 3, -7, 4]))
print(running, max(running), list(it.compress(range(5), map(lambda v: v > 2, running))))
print(list(it.zip_longest(*[iter('abcdefg')] * 3, fillvalue='')))
print(list(it.starmap(lambda a, b: a * b, it.pairwise(range(1, 6)))))
