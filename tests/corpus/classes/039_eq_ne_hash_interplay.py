class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, OnlyEq) and self.v == o.v
a, b = OnlyEq(1), OnlyEq(1)
print(a == b, a != b, OnlyEq.__hash__)
class EqNe:
    def __eq__(self, o): return True
    def __ne__(self, o): return True
print(EqNe() == 1, EqNe() != 1)
class Reverse:
    def __eq__(self, o):
        print('Reverse.__eq__'); return NotImplemented
class Other:
    def __eq__(self, o):
        print('Other.__eq__'); return 'other-says'
print(Reverse() == Other())
print(Reverse() != Other())
class SubInt(int):
    def __eq__(self, o):
        print('SubInt.__eq__'); return True
    __hash__ = int.__hash__
print(5 == SubInt(3))
print(SubInt(3) == 5, {SubInt(3): 'x'}.get(3))
print([1, OnlyEq(2)] == [1, OnlyEq(2)], (OnlyEq(1),) == (OnlyEq(1),))
