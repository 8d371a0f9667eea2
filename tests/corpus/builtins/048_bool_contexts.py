vals = [0, 1, -1, 0.0, 0.1, '', ' ', [], [0], (), {}, {0: 0}, set(), None, 0j, range(0), b'', bytearray()]
print([bool(v) for v in vals])
print([v for v in vals if v])
n = 0
while [1] * (3 - n):
    n += 1
print(n)
print(1 if [] else 'empty list falsy', 'x' if 'a' else 'y')
class Z:
    def __len__(self): return 0
class NZ:
    def __len__(self): return 5
print(bool(Z()), bool(NZ()), not Z(), Z() or 'fallback')
