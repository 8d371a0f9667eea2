# Closures, comprehensions, generators, lambdas, classes, decorators.
def counter(start):
    count = start

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


def comprehensions(rows):
    squares = [x * x for x in rows if x]
    lookup = {k: v for k, v in rows}
    unique = {r for r in rows}
    return squares, lookup, unique, sum(x for x in rows)


def gen(n):
    for i in range(n):
        received = yield i
        if received:
            yield from range(received)


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    @property
    def label(self):
        return self.name.upper()

    @staticmethod
    def make(*args, **kwargs):
        return Shape(*args, **kwargs)


key = lambda item: (item[1], -item[0])
