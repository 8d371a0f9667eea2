l = [1, 2]
l.append(l)
print(l, repr(l), str(l))
d = {'a': 1}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
a = []
b = [a]
a.append(b)
print(a, b)
s = {1: [0]}
s[1].append(s)
print(s)
class R:
    def __init__(self): self.items = [self]
    def __repr__(self): return f'R({self.items!r})' if False else 'R(...)'
print([R()])
