class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('creating', name, sorted(k for k in ns if not k.startswith('__')))
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print('calling', cls.__name__, a)
        return super().__call__(*a)
class A(metaclass=Meta):
    x = 1
    def f(self): pass
class B(A):
    pass
print(A.tag, B.tag, type(B).__name__)
b = B()
print(type(b).__name__)
class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Reg.registry.append(name)
class R1(metaclass=Reg): pass
class R2(R1): pass
print(Reg.registry)
