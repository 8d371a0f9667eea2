def bubble(l):
    l = l[:]
    for i in range(len(l)):
        for j in range(len(l) - 1 - i):
            if l[j] > l[j + 1]:
                l[j], l[j + 1] = l[j + 1], l[j]
    return l
def quick(l):
    if len(l) <= 1: return l
    p, *rest = l
    return quick([x for x in rest if x < p]) + [p] + quick([x for x in rest if x >= p])
def merge_sort(l):
    if len(l) <= 1: return l
    m = len(l) // 2
    a, b = merge_sort(l[:m]), merge_sort(l[m:])
    out = []
    while a and b:
        out.append(a.pop(0) if a[0] <= b[0] else b.pop(0))
    return out + a + b
data = [(i * 37) % 23 for i in range(23)]
print(data)
print(bubble(data) == quick(data) == merge_sort(data) == sorted(data), quick(data))
def primes(n):
    sieve = [True] * (n + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(sieve[i * i::i])
    return [i for i, p in enumerate(sieve) if p]
print(primes(100))
def flatten(l):
    for x in l:
        if isinstance(x, list): yield from flatten(x)
        else: yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
