x: int
y: list[int] = []
z.attr: int
z[0]: str = "a"
(w): float = 1.0
def f(a: int, *b: str, c: "C" = None, **d: dict) -> None:
    local: int = 1
    other: str
    q.x: int
    return local
class C:
    field: int
    default: str = "d"
    __private: bytes
    sub[1:2]: int
    def m(self) -> "C":
        pass
if cond:
    inner: int = 3
