class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = S()
print(s.a, hasattr(s, 'b'), hasattr(s, '__dict__'))
s.b = 2; print(s.b)
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    print(S().b)
except AttributeError as e:
    print('AttributeError', e)
class T(S):
    pass
t = T(); t.c = 5; print(t.c, t.__dict__)
class U(S):
    __slots__ = ('c',)
u = U(); u.c = 1
print(u.a, u.c, U.__slots__, sorted(S.__slots__))
print(type(S.a).__name__)
del s.a
print(hasattr(s, 'a'))
