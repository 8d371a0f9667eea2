import asyncio
async def work(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name * n
async def main():
    r = await asyncio.gather(work('a', 2), work('b', 3))
    print(r)
    async def agen():
        for i in range(3):
            yield i
    print([x async for x in agen()])
asyncio.run(main())
