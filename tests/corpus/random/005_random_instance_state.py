import random
r1 = random.Random(5)
r2 = random.Random(5)
print(r1.random() == r2.random(), r1.randint(0, 1000), r2.randint(0, 1000))
st = r1.getstate()
a = [r1.random() for _ in range(3)]
r1.setstate(st)
b = [r1.random() for _ in range(3)]
print(a == b, a)
random.seed('a string seed')
print(random.random())
random.seed(b'bytes')
print(random.randint(0, 10 ** 6))
random.seed(2 ** 100)
print(random.random())
random.seed(-7)
print(random.random())
