# Async code, match, except*, slices, displays, star-unpacking, assert, globals, annotations.
import asyncio

counter: int = 0


async def fetch(session, urls):
    async with session:
        async for item in session.stream(urls):
            await asyncio.sleep(0)
            yield item


async def gather(*coros):
    return [await c for c in coros]


def matcher(command):
    match command:
        case ["go", direction] if direction:
            return direction
        case {"action": action, **rest}:
            return action, rest
        case Point(x=0, y=y) | Point(x=y, y=0):
            return y
        case str() | bytes() as text:
            return text
        case _:
            return None


def groups(work):
    try:
        work()
    except* ValueError as eg:
        print(eg)
    except* (TypeError, KeyError):
        pass


def shapes(seq, *args, **kwargs):
    global counter
    first, *middle, last = seq
    counter += len(middle)
    assert first, "empty"
    del seq[1:3], kwargs["x"]
    return seq[::2], {**kwargs, "n": 1}, {*args, 3}, (*args, 4), [*args, *seq]


def annotated(a: int, *, b: str = "x") -> list[int]:
    value: float = 1.5
    return [a, b, value]


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"
