class C:
    shared = []
    n = 0
    def __init__(self):
        self.own = []
        C.n += 1
a, b = C(), C()
a.shared.append(1); a.own.append(2)
print(b.shared, b.own, C.n)
a.n = 100
print(a.n, b.n, C.n)
del a.n
print(a.n)
print(sorted(k for k in C.__dict__ if not k.startswith('__')), sorted(vars(a)))
C.newattr = 'late'
print(a.newattr)
def method(self): return 'added method'
C.m = method
print(b.m(), C.m(b))
print(C.__doc__, C.__init__.__name__, C.__init__.__qualname__)
class Doc:
    """Docstring here."""
print(Doc.__doc__)
