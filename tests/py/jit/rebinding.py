# Functions, globals, builtins and class attributes rebound after their callers were
# compiled: compiled code must see the new bindings.

def helper(x):
    return x + 1

def caller(n):
    t = 0
    for i in range(n):
        t += helper(i)
    return t

print(caller(100))

def helper(x):
    return x * 100

print(caller(100))

SCALE = 2

def scaled(n):
    t = 0
    for i in range(n):
        t += SCALE * i
    return t

print(scaled(100))
SCALE = 5
print(scaled(100))

def lengths(n):
    return [len("abc") for i in range(n)][-1]

print(lengths(50))
import builtins
real_len = builtins.len
builtins.len = lambda s: 42
print(lengths(50))
len = lambda s: -1
print(lengths(50))
del len
builtins.len = real_len
print(lengths(50))

class Shape:
    sides = 3

    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size * self.sides

def total(shapes):
    t = 0
    for s in shapes:
        t += s.area() + s.sides
    return t

shapes = [Shape(i) for i in range(50)]
print(total(shapes))
Shape.sides = 4
print(total(shapes))
Shape.area = lambda self: -self.size
print(total(shapes))
shapes[3].sides = 100
shapes[4].area = lambda: 1000
print(total(shapes))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def norm1(ps):
    t = 0
    for p in ps:
        t += abs(p.x) + abs(p.y)
        p.x = p.x + 1
    return t

ps = [Point(i, -i) for i in range(30)]
print(norm1(ps), norm1(ps))
class Point3(Point):
    pass
ps.append(Point3(7, 7))
del ps[0].x
try:
    norm1(ps)
except AttributeError as e:
    print("AttributeError:", e)
