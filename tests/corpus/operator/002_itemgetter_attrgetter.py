from operator import itemgetter, attrgetter, methodcaller
rows = [('bob', 30, 'ny'), ('amy', 25, 'la'), ('cat', 30, 'sf')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)(rows), itemgetter(0, 2)('abcd'), itemgetter('k')({'k': 'v'}), itemgetter(slice(1, 3))('abcde'))
class P:
    def __init__(self, n, a): self.name, self.age = n, a; self.inner = self if False else None
    def greet(self, g='hi'): return f'{g} {self.name}'
ps = [P('z', 1), P('a', 9), P('m', 5)]
print([p.name for p in sorted(ps, key=attrgetter('name'))], [p.name for p in sorted(ps, key=attrgetter('age'), reverse=True)])
print(attrgetter('name', 'age')(ps[0]))
class W: pass
w = W(); w.a = W(); w.a.b = 'deep'
print(attrgetter('a.b')(w))
print(methodcaller('greet')(ps[0]), methodcaller('greet', 'yo')(ps[1]), methodcaller('upper')('x'))
print(list(map(methodcaller('split', ','), ['a,b', 'c'])))
