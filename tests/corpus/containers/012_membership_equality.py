class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq called', self.v)
        return isinstance(o, E) and self.v == o.v
    __hash__ = None
l = [E(1), E(2)]
print(E(2) in l)
nan = float('nan')
print(nan in [nan], nan == nan, [nan] == [nan])
print(1 in {1.0: 'x'}, 'a' in 'abc', '' in 'abc', [] in [[]], (1,) in [(1,)])
print([1, [2, 3]] == [1, [2, 3]], {1: [1]} == {1: [1]}, {1, 2} == {2, 1})
print(None in [0, False, ''], 0 in [False], False in [0])
try:
    hash(E(1))
except TypeError as e:
    print('TypeError', e)
