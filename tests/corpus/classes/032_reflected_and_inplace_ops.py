class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'N({self.v})'
    def __add__(self, o):
        print('add'); return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o):
        print('radd'); return N(o + self.v)
    def __sub__(self, o):
        return N(self.v - (o.v if isinstance(o, N) else o))
    def __rsub__(self, o):
        print('rsub'); return N(o - self.v)
    def __lt__(self, o):
        print('lt'); return self.v < (o.v if isinstance(o, N) else o)
    def __gt__(self, o):
        print('gt'); return self.v > (o.v if isinstance(o, N) else o)
print(N(1) + 2)
print(2 + N(1))
print(10 - N(3))
print(sum([N(1), N(2)], N(0)))
print(sum([N(1), N(2)]))
x = N(5)
x += 1
print(x)
print(N(1) < N(2), 3 < N(2), N(1) > 0)
class Sub(N):
    def __radd__(self, o):
        print('Sub radd'); return 'sub wins'
print(N(1) + Sub(2))
