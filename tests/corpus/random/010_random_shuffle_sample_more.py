import random
r = random.Random(424242)
deck = list(range(52))
r.shuffle(deck)
print(deck[:13])
print(r.sample(deck, 5), r.sample(range(10 ** 9), 3))
print([r.choice('HT') for _ in range(20)])
print(r.choices(range(5), k=10), r.choices('abc', weights=[0.2, 0.3, 0.5], k=6))
counts = [0] * 6
for _ in range(3000):
    counts[r.randint(0, 5)] += 1
print(counts)
s = r.getstate()
print(type(s).__name__, len(s), s[0], len(s[1]))
