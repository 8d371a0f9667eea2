def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)], max(range(1, 1000), key=collatz))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20), gcd(0, 0))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print(isqrt(10 ** 40), isqrt(99), isqrt(2 * 10 ** 30))
def digits_sum(n): return sum(map(int, str(n)))
print(digits_sum(2 ** 1000), digits_sum(3 ** 333))
def modexp(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1: r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(modexp(7, 10 ** 18, 10 ** 9 + 7), pow(7, 10 ** 18, 10 ** 9 + 7))
