class Bag:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __contains__(self, x):
        print('contains', x); return x in self.items
    def __iter__(self): return iter(self.items)
    def __reversed__(self): return iter(self.items[::-1])
b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], b[1:], 2 in b, 5 in b)
b[0] = 10; del b[1]
print(list(b), list(reversed(b)), bool(b), bool(Bag()))
class Sq:
    def __getitem__(self, i):
        if i > 4: raise IndexError(i)
        return i * i
print(list(Sq()), 9 in Sq(), 10 in Sq())
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(d['a'], d['zz'], d)
