# classmethod and staticmethod.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class EuroDate(Date):
    pass
print(Date.from_string("2024-02-29"), EuroDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), EuroDate.is_leap(2023))
d = Date(2020, 1, 1)
print(d.from_string("2021-3-4"), type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(type(Date.from_string).__name__, Date.from_string.__self__ is Date, type(Date.is_leap).__name__)
class Registry:
    _items = []
    @classmethod
    def add(cls, item):
        cls._items.append(item)
        return cls
    @classmethod
    def count(cls):
        return len(cls._items)
Registry.add("a").add("b")
print(Registry.count(), Registry._items)
class Sub(Registry):
    _items = []
Sub.add("x")
print(Sub.count(), Registry.count())
class Factory:
    made = 0
    def __init__(self, kind):
        self.kind = kind
    @classmethod
    def make(cls, kind):
        cls.made += 1
        return cls(kind)
a = Factory.make("a")
b = Factory.make("b")
print(Factory.made, a.kind, b.kind, a.made)
class Util:
    @staticmethod
    def add(a, b):
        return a + b
    helper = staticmethod(lambda x: x * 3)
print(Util.add(1, 2), Util().add(3, 4), Util.helper(5), Util().helper(2))
print(Util.__dict__["add"].__func__(10, 20), callable(Util.__dict__["add"]))
class Counter:
    count = 0
    @classmethod
    def incr(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
Counter.incr()
SubCounter.incr()
SubCounter.incr()
print(Counter.count, SubCounter.count, "count" in SubCounter.__dict__)
try:
    Date.from_string()
except TypeError as e:
    print("TypeError:", e)
try:
    Util.add(1)
except TypeError as e:
    print("TypeError:", e)
