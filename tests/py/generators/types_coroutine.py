# types.coroutine makes a generator function's generators awaitable.
import types


@types.coroutine
def sleep0():
    got = yield "tick"
    return got


async def co():
    value = await sleep0()
    return ("done", value)


c = co()
print(c.send(None))
try:
    c.send(42)
except StopIteration as e:
    print("result", e.value)
print(bool(sleep0.__code__.co_flags & 0x100))
