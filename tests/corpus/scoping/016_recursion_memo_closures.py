def make_fib():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib, memo
fib, memo = make_fib()
print(fib(90), len(memo))
def partitions(n, m=None):
    if m is None: m = n
    if n == 0: return 1
    return sum(partitions(n - k, k) for k in range(1, min(n, m) + 1))
print([partitions(i) for i in range(1, 16)])
def flatten_dict(d, prefix=''):
    out = {}
    for k, v in d.items():
        key = prefix + k
        if isinstance(v, dict):
            out.update(flatten_dict(v, key + '.'))
        else:
            out[key] = v
    return out
print(flatten_dict({'a': 1, 'b': {'c': 2, 'd': {'e': 3}}, 'f': 4}))
def queens(n, row=0, cols=()):
    if row == n: return 1
    return sum(queens(n, row + 1, cols + (c,)) for c in range(n)
               if all(c != cc and abs(c - cc) != row - r for r, cc in enumerate(cols)))
print([queens(n) for n in range(1, 8)])
