import copy
d = {'a': [1, 2], 'b': {'c': (3, [4])}}
sh = copy.copy(d)
dp = copy.deepcopy(d)
d['a'].append(99)
d['b']['c'][1].append(100)
print(sh, dp, sep='\n')
print(sh['a'] is d['a'], dp['a'] is d['a'], dp['b']['c'][1] is d['b']['c'][1])
shared = [0]
container = [shared, shared]
c2 = copy.deepcopy(container)
print(c2[0] is c2[1], c2[0] is shared)
class P:
    def __init__(self): self.items = [1]
p = P()
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.items.append(2)
print(p2.items, p3.items, type(p3).__name__)
print(copy.copy(5), copy.deepcopy('s'), copy.copy([1, 2]), copy.deepcopy({1: {2}}))
