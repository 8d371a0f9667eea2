# type: ignore
x = []  # type: list[int]
a, b = 1, 2  # type: int, int
c = d = None  # type: Optional[str]
for i in range(10):  # type: int
    pass
for k, v in items:  # type: str, int
    pass
else:  # type: ignore
    pass
with open(p) as f:  # type: IO[str]
    pass
with a as b, c as d:  # type: (int, str)
    pass


def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass


def g(a, b):
    # type: (int, str) -> bool
    return True


def h(x):  # type: (int) -> int
    return x


def k(a,  # type: int
      *args,  # type: str
      c=1,  # type: float
      **kw  # type: Any
      ):
    # type: (...) -> None
    pass


async def co(x):  # type: (int) -> Awaitable[int]
    async for i in aiter_():  # type: int
        pass
    async with m as n:  # type: Lock
        pass


x = 1  # type: ignore
y = f()  # type: ignore[attr-defined]
import os  # type: ignore[import]
z = 2  #type:int
w = 3  # type:  ignore[misc, no-untyped-call] extra
v = 4  # type: ignore # another comment
# type: ignore[whole-line]
u = 5  # not a type comment: int
t = 6  #  type: ignored
s = [1,  # type: ignore
     2]
r = 7  # type: List[Dict[str, "Forward"]]
def m(): pass  # type: ignore
if x:  # type: ignore
    pass
