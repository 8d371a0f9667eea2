from itertools import groupby, accumulate, chain, starmap, pairwise
import operator
data = 'aaabbcaaad'
print([(k, len(list(g))) for k, g in groupby(data)])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
for k, g in groupby(words, key=lambda w: w[0]):
    print(k, list(g))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(chain('ab', [1, 2], (3,))), list(chain.from_iterable(['xy', 'z'])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(pairwise('abcd')))
