def f(): pass
class C:
    def m(self): pass
class D:
    def __call__(self): return 'called'
print(callable(f), callable(C), callable(C()), callable(C().m), callable(D()))
print(callable(len), callable(1), callable('x'), callable(None), callable(lambda: 0))
print(D()())
print(callable(int), callable(type))
