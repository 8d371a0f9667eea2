def f(items):
    total = 0
    for i in items:
        for j in i:
            if j < 0:
                continue
            if j > 100:
                break
            total += j
        else:
            total -= 1
    while True:
        if total:
            break
    while 1:
        total += 1
        if total > 10:
            return total
    i = 0
    while i < 10:
        try:
            i += 1
            if i == 5:
                continue
        finally:
            i += 0
    return total

async def g(src):
    async for x in src:
        if x:
            break
        continue
    async with src as s:
        for y in s:
            return y
