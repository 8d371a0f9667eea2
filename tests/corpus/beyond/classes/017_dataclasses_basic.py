from dataclasses import dataclass, field, asdict, astuple, replace
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), asdict(p), astuple(p))
print(replace(p, y=5), Point(3))
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = 'z'
print(F(1) < F(2), sorted([F(2, 'a'), F(1, 'b'), F(1, 'a')]), hash(F(1)) == hash(F(1)))
try:
    F(1).a = 3
except Exception as e:
    print(type(e).__name__, e)
@dataclass
class P3(Point):
    z: int = 9
print(P3(1, 2), [f.name for f in __import__('dataclasses').fields(P3)])
