import random
random.seed(1)
print([random.randint(1, 6) for _ in range(20)])
random.seed(2)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(0, 100, 5) for _ in range(10)])
print(random.randint(10 ** 20, 10 ** 21))
print(random.getrandbits(64), random.getrandbits(7))
