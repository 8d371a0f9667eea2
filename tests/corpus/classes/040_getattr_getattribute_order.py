class Base:
    cls_attr = 'class value'
    def __init__(self): self.inst = 'instance value'
    def __getattr__(self, name):
        return f'__getattr__({name})'
class Prop(Base):
    @property
    def broken(self):
        raise AttributeError('inside property')
    @property
    def ok(self): return 'property value'
p = Prop()
print(p.inst, p.cls_attr, p.ok, p.missing)
print(p.broken)
print(getattr(p, 'anything', 'default not used'))
class Strict:
    __slots__ = ()
    def __getattribute__(self, name):
        if name == 'magic': return 42
        raise AttributeError(f'no {name}')
s = Strict()
print(s.magic, getattr(s, 'x', 'fallback'), hasattr(s, 'magic'), hasattr(s, 'y'))
class Meta(type):
    def __getattr__(cls, name): return f'Meta.__getattr__({name})'
class M(metaclass=Meta):
    real = 1
print(M.real, M.virtual)
try:
    M().virtual
except AttributeError as e:
    print('AttributeError', e)
