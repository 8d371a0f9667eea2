class S:
    def __str__(self): return 'S.__str__'
    def __repr__(self): return 'S.__repr__'
class R:
    def __repr__(self): return 'R.__repr__'
print(str(S()), str(R()), repr(S()), str([S()]), f'{S()}', '%s' % R())
print(str(b'abc'), str(b'abc', 'ascii'), str(bytearray(b'x'), 'utf-8'), str(1e100), str(-12))
print(str(None), str(...), str(NotImplemented), str(int), str(type(None)))
print(str('already'), str(), repr(str()))
try:
    str(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)
print(str(b'\xff', 'utf-8', 'replace'), str(3 + 0j), str((1,)), str({1: (2,)}))
