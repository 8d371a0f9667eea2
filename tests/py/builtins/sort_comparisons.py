# sorted()/list.sort() on short lists make the comparisons CPython's timsort makes
# (one natural run, then binary insertion), visible through a counting __lt__.
import random
calls = 0
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        global calls
        calls += 1
        return self.v < o.v
rng = random.Random(5)
for n in [0, 1, 2, 3, 5, 10, 30, 63]:
    for trial in range(5):
        data = [rng.randrange(10) for _ in range(n)]
        calls = 0
        out = [k.v for k in sorted(K(x) for x in data)]
        print(n, out == sorted(data), calls)
        calls = 0
        s = sorted([K(x) for x in data], reverse=True)
        print(n, [k.v for k in s] == sorted(data, reverse=True), calls)
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda t: t[0]))
