from __future__ import annotations
x: List[int] = []
y: "quoted"
def f(a: Dict[str, int], *, b: 1 + 2 = 3) -> Tuple[int, ...]:
    v: Optional[int] = None
    return v
class C:
    attr: lambda x: x * 2
    other: f"{a!r:>3}"
    third: (a if b else c)
    fourth: [*a, b] if False else {1: 2, **c}
    fifth: a.b.c[1:2, ::3]
