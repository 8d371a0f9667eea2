class C:
    x = 1
    def __init__(self): self.y = 2
c = C()
print(getattr(c, 'x'), getattr(c, 'y'), getattr(c, 'z', 'default'))
print(hasattr(c, 'x'), hasattr(c, 'nope'))
setattr(c, 'z', 3)
print(c.z, vars(c))
delattr(c, 'z')
print(hasattr(c, 'z'))
try:
    getattr(c, 'missing')
except AttributeError as e:
    print('AttributeError', e)
try:
    delattr(c, 'missing')
except AttributeError as e:
    print('AttributeError', e)
print(getattr(1, 'real'), getattr('abc', 'upper')())
print(getattr(C, 'x'))
