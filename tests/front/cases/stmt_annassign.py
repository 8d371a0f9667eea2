# Annotated assignments: simple names, parenthesized names, attributes, subscripts.
x: int
x: int = 1
y: list[int] = []
z: dict[str, list[tuple[int, ...]]] = {}
(z): int = 2
(w): str
((w)): str = "w"
obj.attr: float = 1.0
obj.attr: float
obj[0]: int = 3
obj[1:2]: list
(obj.attr): int
(obj[1]): int = 4
v: "forward" = None
t: tuple[int, ...] = (1, 2)
u: tuple = 1, 2
s: tuple = *a, *b
o: int | None = None
c: Callable[[int, str], bool] = lambda a, b: True
d: Annotated[int, "meta"] = 0
e: lambda: int = 1


def f():
    x: int = yield
    y: int = yield from g()
    z: list = yield 1, 2
    q: "int"
    return x


class C:
    attr: int
    other: str = "s"
    __private: int = 0
    a.b: int
    ClassVar_: ClassVar[int] = 3
