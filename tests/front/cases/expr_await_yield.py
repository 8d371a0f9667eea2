async def f():
    await x
    await f()
    await x.y
    x = await y
    x = await y + await z
    x = -await y
    x = await y ** 2
    x = await y[0]
    x = await y.z()
    x = [await z for z in zs]
    await (await x)
    await x[0]
    return await x
    return (await x)
    await asyncio.wait_for(coro(), timeout=1)
    x = not await y
    x = await y if await z else await w
    f(await x, key=await y)
    x = {await k: await v for k, v in items}


def g():
    yield
    yield 1
    yield 1, 2
    yield 1,
    yield *a, b
    yield from h()
    yield from (a, b)
    x = yield
    x = yield 1
    x = yield from h()
    x = (yield)
    f((yield))
    f((yield x))
    y = [(yield)]
    x += yield
    return (yield)
    await_ = 1
    yield lambda: 0
    yield (x for x in y)
    yield a if b else c
    print((yield from g()), (yield))
    z = yield a, *b


async def agen():
    yield await x
    yield
    yield (await x), 1
