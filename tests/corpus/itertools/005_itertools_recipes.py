from itertools import islice, chain, groupby, count, zip_longest, combinations
def take(n, it): return list(islice(it, n))
def chunked(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk
def grouper(it, n, fill=None):
    args = [iter(it)] * n
    return zip_longest(*args, fillvalue=fill)
def flatten(ll): return chain.from_iterable(ll)
def unique_justseen(it): return [k for k, _ in groupby(it)]
def powerset(s): return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
print(take(4, count(7)), list(chunked(range(10), 4)), list(grouper('abcdefg', 3, 'x')))
print(list(flatten([[1, 2], [3]])), unique_justseen('aaabbbcccaa'), list(powerset([1, 2, 3])))
def roundrobin(*its):
    its = [iter(i) for i in its]
    while its:
        for i in list(its):
            try:
                yield next(i)
            except StopIteration:
                its.remove(i)
print(list(roundrobin('abc', 'd', 'ef')))
def sliding(seq, n):
    return [tuple(seq[i:i + n]) for i in range(len(seq) - n + 1)]
print(sliding([1, 2, 3, 4, 5], 3))
