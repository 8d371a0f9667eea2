import random
random.seed(99)
print(random.uniform(1, 2), random.uniform(-5, 5))
print(round(random.gauss(0, 1), 12), round(random.normalvariate(10, 2), 12))
print(round(random.expovariate(1.5), 12), round(random.triangular(0, 10, 3), 12))
print(round(random.betavariate(2, 3), 12))
