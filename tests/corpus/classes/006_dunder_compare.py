from functools import total_ordering
class Ver:
    def __init__(self, s): self.t = tuple(map(int, s.split('.')))
    def __lt__(self, o):
        print('lt'); return self.t < o.t
    def __eq__(self, o): return self.t == o.t
    def __repr__(self): return 'Ver' + str(self.t)
a, b = Ver('1.2'), Ver('1.10')
print(a < b)
print(b > a)
print(sorted([Ver('2.0'), Ver('1.5'), Ver('1.10')]))
try:
    a <= b
except TypeError as e:
    print('TypeError', e)
class X:
    def __eq__(self, o): return 'eq-result'
print(X() == 1, X() != 1)
class Y:
    pass
y = Y()
print(y == y, y != y, y == Y())
