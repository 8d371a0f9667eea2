# Calling a plain class from compiled code allocates the instance and runs its Python
# __init__ as a direct call; metaclasses, __new__, defaults, errors and the recursion
# limit behave as the generic call.
class P:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y
class Q(P):
    pass
class R:
    def __init__(self):
        return 5
class S:
    def __new__(cls, *a):
        o = object.__new__(cls)
        o.n = len(a)
        return o
    def __init__(self, a):
        self.a = a
class Meta(type):
    def __call__(cls, *a):
        return ("meta", a)
class M(metaclass=Meta):
    def __init__(self, a): pass
class Slots:
    __slots__ = ("a",)
    def __init__(self, a):
        self.a = a
class Bad:
    def __init__(self, a):
        raise ValueError(a)
def make(n):
    out = []
    for i in range(n):
        out.append((P(i).x, P(i, 5).y, Q(i).x, S(i).n, M(i), Slots(i).a))
    return out
for _ in range(50):
    r = make(3)
print(r)
def errs():
    out = []
    for f, a in [(R, ()), (P, ()), (P, (1, 2, 3)), (Bad, (7,)), (Slots, ())]:
        try:
            out.append(f(*a))
        except (TypeError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out
for _ in range(50):
    e = errs()
print(e)
import sys
class C:
    def __init__(self, d):
        if d > 0:
            C(d - 1)
        else:
            print(sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name)
C(3)
def deep(d):
    return C2(d)
class C2:
    def __init__(self, d):
        deep(d + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
class Counted:
    def __init__(self, a):
        self.a = a
def rc():
    x = object()
    before = sys.getrefcount(x)
    for i in range(100):
        c = Counted(x)
    del c
    return sys.getrefcount(x) - before, sys.getrefcount(Counted)
print(rc()[0])
