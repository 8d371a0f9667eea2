def factorize(n):
    f, d = [], 2
    while d * d <= n:
        while n % d == 0:
            f.append(d)
            n //= d
        d += 1
    if n > 1: f.append(n)
    return f
for n in [2, 12, 97, 360, 1001, 2 ** 16 + 1, 600851475143]:
    print(n, factorize(n))
def is_prime(n):
    if n < 2: return False
    for p in (2, 3, 5, 7, 11, 13, 17):
        if n % p == 0: return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2; s += 1
    for a in (2, 3, 5, 7, 11, 13, 17):
        x = pow(a, d, n)
        if x in (1, n - 1): continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1: break
        else:
            return False
    return True
print([p for p in range(100) if is_prime(p)])
print(is_prime(2 ** 61 - 1), is_prime(2 ** 61 + 1), is_prime(10 ** 18 + 9))
def fib(n):
    a, b = 0, 1
    for _ in range(n): a, b = b, a + b
    return a
print(fib(100), fib(300) % 10 ** 9, len(str(fib(1000))))
