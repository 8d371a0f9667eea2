def read_lines():
    for line in ['10 apples', '3 pears', 'bad', '7 kiwis', '']:
        yield line
def parse(lines):
    for l in lines:
        parts = l.split()
        if len(parts) == 2 and parts[0].isdigit():
            yield int(parts[0]), parts[1]
def big(items, n):
    for c, name in items:
        if c >= n:
            yield name
print(list(big(parse(read_lines()), 5)))
def take(n, it):
    for _, x in zip(range(n), it):
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def primes():
    seen = []
    for n in naturals():
        if n > 1 and all(n % p for p in seen):
            seen.append(n)
            yield n
print(list(take(12, primes())))
def window(it, k):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == k:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
