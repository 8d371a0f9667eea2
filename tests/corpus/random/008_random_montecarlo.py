import random
rng = random.Random(31337)
inside = 0
N = 20000
for _ in range(N):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1:
        inside += 1
print(inside, 4 * inside / N)
hist = [0] * 10
for _ in range(5000):
    hist[int(rng.random() * 10)] += 1
print(hist)
print(rng.randint(1, 10 ** 30))
pw = ''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(16))
print(pw)
