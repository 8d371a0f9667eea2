# Rich comparisons, reflected fallbacks and sorting with __lt__.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text
    def __repr__(self):
        return f"V{self.text}"
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2", "2.0"]]
print(sorted(vs), max(vs), min(vs), sorted(vs, reverse=True))
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.1"), Version("1") == Version("1"))
try:
    print(Version("1") <= Version("2"))
except TypeError as e:
    print("TypeError:", e)
trace = []
class Traced:
    def __init__(self, name):
        self.name = name
    def __lt__(self, other):
        trace.append(f"{self.name}.__lt__({other.name})")
        return NotImplemented
    def __gt__(self, other):
        trace.append(f"{self.name}.__gt__({other.name})")
        return NotImplemented
a, b = Traced("a"), Traced("b")
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(trace)
class Base:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return "Base.__lt__"
    def __gt__(self, other):
        return "Base.__gt__"
class Derived(Base):
    def __lt__(self, other):
        return "Derived.__lt__"
    def __gt__(self, other):
        return "Derived.__gt__"
print(Base(1) < Derived(2), Derived(1) < Base(2), Base(1) > Derived(2))
class Ordered:
    def __init__(self, k):
        self.k = k
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f"O{self.k}"
items = [Ordered(k) for k in (5, 3, 9, 1, 3)]
items.sort()
print(items, sorted(items, key=lambda o: -o.k), max(items), Ordered(2) > Ordered(1))
class Card:
    order = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __lt__(self, other):
        return self.order.index(self.rank) < self.order.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(r, s) for r, s in ("Ks", "2h", "Td", "Ah", "2c", "9s", "Kd")]
print(sorted(hand), sorted(hand, reverse=True))
class Eq:
    def __eq__(self, other):
        return "custom-eq"
    def __ne__(self, other):
        return "custom-ne"
print(Eq() == 1, Eq() != 1, 1 == Eq(), 1 != Eq())
class NoNe:
    def __eq__(self, other):
        return other == 7
print(NoNe() != 7, NoNe() != 8)
try:
    sorted([Ordered(1), 5])
except TypeError as e:
    print("TypeError:", e)
