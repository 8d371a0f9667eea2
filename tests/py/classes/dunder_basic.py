# __repr__, __str__, __eq__, __hash__ and their defaults.
class Plain:
    pass
class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)
    def __hash__(self):
        return hash((self.amount, self.currency))
    def __format__(self, spec):
        return f"<{format(self.amount, spec)}>"
m = Money(5)
print(m, repr(m), str(m), [m], (m,), {"k": m}, f"{m}", f"{m!r}", f"{m:08.3f}", "%s %r" % (m, m))
print(m == Money(5), m == Money(5, "USD"), m != Money(6), m == 5, 5 == m, m is Money(5))
print(len({m, Money(5), Money(5.0), Money(6)}), {Money(1): "one"}[Money(1)])
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()], f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self):
        return "OnlyStr!"
o = OnlyStr()
print(o, repr(o).startswith("<__main__.OnlyStr object at 0x"), str([o]).startswith("[<__main__.OnlyStr"))
class EqNoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(EqNoHash.__hash__ is None, EqNoHash(1) == EqNoHash(1))
try:
    {EqNoHash(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(EqNoHash(2))
except TypeError as e:
    print("TypeError:", e)
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, hash(p1) == hash(p1), len({p1, p2, p1}))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Always:
    def __eq__(self, other):
        return True
print(Always() == 1, 1 == Always(), Always() != 1, [1, 2].count(Always()), Always() in [5], [1].index(Always()))
class NeverEq:
    def __eq__(self, other):
        return False
n = NeverEq()
print(n in [n], n == n, [n] == [n], [n].count(n))
