class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self): raise NotImplementedError
    def __repr__(self): return f'{type(self).__name__}({self.name!r}, area={self.area():.2f})'
    def __lt__(self, other): return self.area() < other.area()
class Rect(Shape):
    def __init__(self, w, h, name='rect'):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self): return self.w * self.h
class Square(Rect):
    def __init__(self, s): super().__init__(s, s, 'square')
class Circle(Shape):
    def __init__(self, r):
        super().__init__('circle')
        self.r = r
    def area(self): return 3.14159 * self.r ** 2
shapes = [Rect(2, 5), Square(3), Circle(1), Circle(2)]
for s in sorted(shapes):
    print(s)
print(Shape.count, [isinstance(s, Rect) for s in shapes])
try:
    Shape('x').area()
except NotImplementedError as e:
    print('NotImplementedError', repr(e))
print(max(shapes).name, min(shapes).name)
