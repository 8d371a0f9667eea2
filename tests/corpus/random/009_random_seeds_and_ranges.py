import random
for seed in [0, 1, 2 ** 32, 2 ** 64 + 1, 'abc', b'abc', 3.5]:
    try:
        random.seed(seed)
        print(repr(seed), random.random(), random.randrange(1000), random.getrandbits(16))
    except TypeError as e:
        print('TypeError', e)
random.seed(8)
print(random.randbytes(8), random.randrange(-50, 50), random.randrange(0, 10 ** 25, 10 ** 20))
try:
    random.randrange(5, 5)
except ValueError as e:
    print('ValueError', e)
try:
    random.choice([])
except IndexError as e:
    print('IndexError', e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print('ValueError', e)
