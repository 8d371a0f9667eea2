def numbers():
    for i in range(1, 1000000):
        yield i
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
from itertools import islice
print(list(islice(evens(squares(numbers())), 5)))
def trace(it, name):
    for x in it:
        print(name, x)
        yield x
pipeline = trace(map(lambda v: v * 10, trace(range(3), 'src')), 'mapped')
print(next(pipeline))
print(list(pipeline))
g = (i for i in range(3))
print(list(zip(g, g)))
