a = [x for x in range(10)]
b = {x for x in y if x if not x}
c = {k: v for k, v in items.items()}
d = [i * j for i in range(3) for j in range(i)]
e = (x for x in [1, 2, 3])
f = [y for x in data for y in [x * 2]]
g = [z for z in (1, 2, 3)]

def walrus(xs):
    if any((n := x) > 5 for x in xs):
        return n
    return [last := v for v in xs], last

class K:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
    names = {n: len(n) for n in vals}

def nested(m):
    return [[c for c in row] for row in m]
