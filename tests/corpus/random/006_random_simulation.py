import random
random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(600)]
print([rolls.count(i) for i in range(1, 7)])
random.seed(3)
walk = 0
path = []
for _ in range(20):
    walk += random.choice((-1, 1))
    path.append(walk)
print(path)
random.seed(11)
deck = [r + s for s in 'SHDC' for r in '23456789TJQKA']
random.shuffle(deck)
print(deck[:5], sorted(random.sample(deck, 4)))
