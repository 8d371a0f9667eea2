print(sum(x for x in range(10)), max(x % 7 for x in range(20)), sorted(c for c in 'hello'))
print(''.join(c.upper() for c in 'abc' if c != 'b'), list(x for x in []))
print(tuple(i * i for i in range(4)), set(i % 2 for i in range(9)), dict((i, -i) for i in range(3)))
total = 0
gen = (total + i for i in range(3))
total = 100
print(list(gen))
def outer():
    n = 5
    return list(n * i for i in range(3))
print(outer())
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
g = (x for x in range(3))
print(next(g), list(g), next(g, 'exhausted'))
