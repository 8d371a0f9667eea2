class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f'P({self.x},{self.y})'
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, {P(0, 0): 'origin'}[P(0, 0)])
class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__ is None, NoHash() == 5)
try:
    {NoHash()}
except TypeError as e:
    print('TypeError', e)
class Default: pass
d1 = Default()
print(d1 == d1, d1 == Default(), hash(d1) == hash(d1), len({d1, d1}))
class Child(P):
    pass
print(Child(1, 2) == P(1, 2), hash(Child(1, 2)) == hash(P(1, 2)))
