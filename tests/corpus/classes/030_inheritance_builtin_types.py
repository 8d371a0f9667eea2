class MyList(list):
    def sum(self): return sum(self)
    def __repr__(self): return 'MyList' + super().__repr__()
m = MyList([1, 2, 3])
m.append(4)
print(m, m.sum(), len(m), m[1:], type(m[1:]).__name__, isinstance(m, list))
class MyDict(dict):
    def __setitem__(self, k, v): super().__setitem__(k.upper(), v)
d = MyDict()
d['a'] = 1
d.update(b=2)
print(d, MyDict(x=1))
class Str2(str):
    @property
    def first(self): return self[0]
s = Str2('hello')
print(s.first, s.upper(), type(s.upper()).__name__, s + '!', s == 'hello')
class Int2(int):
    def __repr__(self): return f'Int2({int(self)})'
i = Int2(5)
print(repr(i), i + 1, repr(i + 1), i * 2, abs(Int2(-3)))
class Tup(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
print(Tup(1, 2), len(Tup(1, 2, 3)))
