class Pt:
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        Pt.count += 1
    @classmethod
    def origin(cls): return cls(0, 0)
    @classmethod
    def from_str(cls, s): return cls(*map(int, s.split(',')))
    @staticmethod
    def dist(a, b): return ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5
    def __repr__(self): return f'{type(self).__name__}({self.x}, {self.y})'
class Pt3(Pt): pass
print(Pt.origin(), Pt3.origin(), Pt.from_str('3,4'), Pt.dist(Pt(0, 0), Pt(3, 4)))
p = Pt(1, 1)
print(p.origin(), p.dist(p, p), Pt.count)
print(type(Pt.__dict__['origin']).__name__, type(Pt.__dict__['dist']).__name__)
print(Pt.origin.__self__ is Pt, Pt.dist.__name__)
f = Pt.__dict__['dist']
print(f.__func__(Pt(0, 0), Pt(0, 1)))
