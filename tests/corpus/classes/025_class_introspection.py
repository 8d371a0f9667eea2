class Base:
    """Base doc"""
    x = 1
    def method(self): pass
class Derived(Base):
    y = 2
d = Derived()
print(type(d).__name__, type(d).__mro__[1].__name__, Derived.__bases__[0].__name__)
print('x' in Base.__dict__, 'x' in Derived.__dict__, hasattr(Derived, 'x'), Derived.__doc__)
print(Base.__subclasses__(), [c.__name__ for c in Base.__subclasses__()])
print(isinstance(Derived.__dict__, dict), type(Derived.__dict__).__name__)
print(d.__class__.__name__, d.__class__.__class__.__name__, d.__module__)
print(callable(Base.method), Base.method.__name__, type(d.method).__name__)
print(getattr(Derived, 'y'), vars(Derived).get('y'), sorted(k for k in vars(Derived) if not k.startswith('__')))
print(Derived.__name__, Derived.__qualname__, Derived.__dict__.get('__doc__'))
