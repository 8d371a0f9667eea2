# random: CPython's Mersenne Twister sequences for int, str, bytes and float seeds.
import random
for s in [0, 1, 42, -7, 2**32, 2**40 + 5, 12345678901234567890123, 'hello', b'abc', bytearray(b'xy'), 3.5, '', True]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(5), random.getrandbits(70), random.randint(1, 100), random.randrange(0, 100, 7))
random.seed(2024)
L = list(range(20)); random.shuffle(L); print(L)
print(random.choice('abcdef'), random.sample(range(100), 10), random.sample(range(10**6), 5), random.sample(['a','b','c'], 3))
print(random.uniform(1, 5), random.gauss(0, 1), random.gauss(), random.normalvariate(), random.expovariate(2), random.triangular())
print(random.choices('abc', k=5), random.choices('abc', weights=[1, 5, 10], k=5), random.randbytes(5), random.randrange(10**30))
r = random.Random(99); st = r.getstate(); a = [r.random() for _ in range(3)]; r.setstate(st); print(a == [r.random() for _ in range(3)], len(st[1]))
print(random.Random('x').random(), random.Random(5).getrandbits(1000) % 10**9)
print([random.Random(i).randint(0, 10) for i in range(20)])
for f in [lambda: random.choice([]), lambda: random.randint(5, 1), lambda: random.randrange(0), lambda: random.randrange(1, 5, 0), lambda: random.getrandbits(-1), lambda: random.sample({1, 2}, 1), lambda: random.sample([1], 2), lambda: random.randrange(10, 2), lambda: random.randrange(0, 10, -1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class R(random.Random):
    def random(self): return 0.5
print(R().randrange(10), R().choice('abcd'))
