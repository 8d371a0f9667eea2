from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('ab', repeat=2)))
print(list(product([1, 2], 'xy', [True])))
print(list(permutations('abc')))
print(list(permutations(range(4), 2))[:6], len(list(permutations(range(5)))))
print(list(combinations('abcd', 2)), list(combinations(range(5), 4)))
print(list(combinations_with_replacement('abc', 2)))
print(list(combinations('ab', 3)), list(product()), list(permutations([])))
