"""Classes: instance attributes, method calls, allocation of small objects."""


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


def run(n):
    acc = Vec(0, 0)
    total = 0
    for i in range(n):
        v = Vec(i, -i)
        acc = acc.add(v)
        total += acc.dot(v) & 0xFFFF
    return acc.x, acc.y, total


print(run(600000))
