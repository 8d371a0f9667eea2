# Sorting keys that are all strs, all small ints or all tuples takes direct comparisons;
# the order (and stability, reverse included) must be exactly the general protocol's.
import random

rng = random.Random(7)
words = ["".join(rng.choice("abcé€𝄞xyz") for _ in range(rng.randrange(0, 5))) for _ in range(300)]
print(sorted(words)[:12], sorted(words, reverse=True)[:5])
ints = [rng.randrange(-2**62, 2**62) for _ in range(200)] + [0, -1, 1, 0, -1]
s = sorted(ints)
print(s[:3], s[-3:], s == sorted(ints, key=lambda v: v * 1.0 if abs(v) < 2**52 else v))
pairs = [(rng.randrange(5), rng.choice(["b", "a", "ab", ""]), i) for i in range(300)]
print(sorted(pairs)[:6], sorted(pairs, reverse=True)[:4])
print(sorted(pairs, key=lambda p: (-p[0], p[1]))[:6])
mixed = [(1, 2.5), (1, float("nan")), (1,), (0, "z"), (1, 2), (), (1, 2, 0), (True, 1.0)]
print(sorted(mixed, key=lambda t: len(t)), sorted(mixed[2:3] + mixed[4:7]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError:", e)


class Rev:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "Rev(%d)" % self.v


objs = [(1, Rev(i % 4), i) for i in range(80)]
print([t[2] for t in sorted(objs)][:20])
stable = sorted([(k % 3, str(k)) for k in range(100)], key=lambda t: t[0])
print(stable[:5], sorted([True, 2, 1, False, 0]), sorted([2**70, 3, -2**70, 0]))
