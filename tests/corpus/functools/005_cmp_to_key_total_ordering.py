from functools import cmp_to_key, total_ordering
def cmp(a, b):
    if len(a) != len(b): return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(['bb', 'a', 'ccc', 'ab', 'c'], key=cmp_to_key(cmp)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(max(['x', 'yy'], key=cmp_to_key(cmp)))
@total_ordering
class Money:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'${self.v}'
a, b = Money(1), Money(2)
print(a < b, a <= b, a > b, a >= b, a == Money(1), a != b)
print(sorted([Money(5), Money(2), Money(9)]), max(Money(3), Money(4)))
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(G(1) < G(2), G(2) <= G(2), G(3) >= G(4))
