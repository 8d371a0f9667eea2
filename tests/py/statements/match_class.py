# match: class patterns with positional (__match_args__) and keyword sub-patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x-axis at {x}"
        case Point(x=0, y=y):
            return f"on y-axis at {y}"
        case Circle(Point(0, 0), r):
            return f"circle at origin, r={r}"
        case Circle(center=Point(x=cx), radius=r) if r > 10:
            return f"big circle at x={cx}"
        case Circle():
            return "some circle"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(w=w):
            return f"rect width {w}"
        case int(n) | float(n):
            return f"number {n}"
        case str(s):
            return f"string {s!r}"
        case [Point(), *others]:
            return f"list of points ({len(others) + 1})"
        case _:
            return "unknown"
items = [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), Circle(Point(0, 0), 2), Circle(Point(5, 5), 20),
         Circle(Point(1, 1), 1), Rect(3, 3), Rect(2, 5), 7, 2.5, "s", [Point(1, 2), Point(3, 4)], None]
for item in items:
    print(describe(item))
class NoArgs:
    pass
def too_many_positional(x):
    match x:
        case NoArgs(a):
            return a
try:
    too_many_positional(NoArgs())
except TypeError as e:
    print("TypeError:", e)
def bool_vs_int(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
print(bool_vs_int(True), bool_vs_int(3))
class Attrs:
    def __init__(self):
        self.present = 1
def missing_attr(x):
    match x:
        case Attrs(missing=m):
            return "matched"
        case Attrs(present=p):
            return f"present={p}"
print(missing_attr(Attrs()))
def builtin_types(x):
    match x:
        case list([a, b]):
            return f"list of two {a},{b}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case tuple():
            return "a tuple"
    return "other"
print(builtin_types([1, 2]), builtin_types({"k": 9}), builtin_types((1,)), builtin_types((1, 2)))
def not_a_class(x, cls):
    match x:
        case cls.attr():
            return "matched"
class Holder:
    attr = "not a class"
try:
    not_a_class(5, Holder)
except TypeError as e:
    print("TypeError:", e)
