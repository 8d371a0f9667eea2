print(hash(1), hash(0), hash(-1), hash(-2))
print(hash(True), hash(2**61 - 1), hash(2**61), hash(-2**61))
print(hash(10**30))
print(hash(1.0) == hash(1), hash(1.5), hash(0.5), hash(-0.0))
print(hash((1, 2)), hash(()), hash((1, (2, 3))))
print(hash(None) == hash(None))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash([])
except TypeError as e:
    print('TypeError', e)
print(hash('abc') == hash('abc'), hash(b'x') == hash('x'.encode()))
print(hash(3 + 0j) == hash(3))
print(hash(float('inf')), hash(float('-inf')))
