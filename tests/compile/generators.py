def gen(n):
    for i in range(n):
        x = yield i
        if x:
            return x
    yield from other()

async def coro(a):
    await a
    async for x in a:
        print(x)
    else:
        done()
    async with a as b, c:
        await b
    return [y async for y in a]

async def agen():
    yield 1
    await sleep()

def genexp(xs):
    return (x * 2 for x in xs if x)

async def acomp(xs):
    return {k: v async for k, v in xs}, [await z for z in xs]

def lam():
    return lambda: (yield)
