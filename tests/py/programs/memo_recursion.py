# Memoized recursion: hand-written cache decorator, edit distance, partitions, LIS.
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            wrapper.misses += 1
            cache[args] = fn(*args)
        else:
            wrapper.hits += 1
        return cache[args]
    wrapper.hits = wrapper.misses = 0
    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.hits, fib.misses, len(fib.cache))
@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 16)], partitions(60, 60))
def edit_distance(a, b):
    @memoize
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        cost = 0 if a[i - 1] == b[j - 1] else 1
        return min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + cost)
    return d(len(a), len(b))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution"), ("same", "same")]:
    print(a, b, edit_distance(a, b))
@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), grid_paths(2, 2))
def lis(seq):
    @memoize
    def best_from(i):
        longest = [seq[i]]
        for j in range(i + 1, len(seq)):
            if seq[j] > seq[i]:
                cand = [seq[i]] + best_from(j)
                if len(cand) > len(longest):
                    longest = cand
        return longest
    return max((best_from(i) for i in range(len(seq))), key=len, default=[])
print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]), lis([]), lis([5, 4, 3]))
@memoize
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
coins = (1, 5, 10, 25, 50)
@memoize
def ways(amount, idx):
    if amount == 0:
        return 1
    if amount < 0 or idx == len(coins):
        return 0
    return ways(amount - coins[idx], idx) + ways(amount, idx + 1)
print(ways(100, 0), ways(300, 0))
