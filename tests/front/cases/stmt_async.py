import asyncio


async def f():
    await x
    async for i in aiter_():
        pass
    else:
        pass
    async for a, *b in c:
        continue
    async with a as b, c:
        pass
    async with (a as b, c as d):
        pass
    async with (
        a as b,
        c as d,
    ):
        pass
    async with a:
        async with b: pass
    result = [i async for i in g()]
    result = {i: j async for i, j in g() if i}
    result = {i async for i in g()}
    result = (i async for i in g())
    result = [await x for x in y]
    result = [x async for y in z for x in y if await x]
    result = [x for y in z async for x in y]
    return await asyncio.gather(*tasks)


async def gen():
    yield 1
    await asyncio.sleep(0)
    yield await x


async def empty(): pass


class C:
    async def method(self):
        async for x in self:
            async with x:
                await x


@decorated
async def deco(): ...
