a = [x for x in xs]
a = [x for x in xs if x]
a = [x for x in xs if x if not y]
a = [(x, y) for x in xs for y in ys]
a = [x * y for x in xs if x for y in ys if y > x]
a = {x for x in xs}
a = {k: v for k, v in d.items()}
a = {k: v for k, v in d.items() if v is not None}
a = (x for x in xs)
a = sum(x for x in xs)
a = sum((x for x in xs), 0)
a = f(x for x in xs)
a = f((x for x in xs))
a = f(*(x for x in xs))
a = [[y for y in x] for x in matrix]
a = [y for x in xs if (y := f(x))]
a = [x for x, in pairs]
a = [x for (a, b) in pairs for x in (a, b)]
a = [x for [a, *b] in pairs]
a = [x for a.b in c]
a = [x for a[0] in c]
a = [lambda: x for x in xs]
a = [x if x else y for x in xs]
a = [x for x in (lambda: y)()]
a = [x for x in a or b if c and d]
a = {x: y for x in xs for y in ys if x != y}
a = {(x, y) for x in xs for y in ys}
a = ((x, y) for x in xs
     for y in ys
     if x < y)
a = [
    x
    for x in xs
    if x
]
a = [x for x in range(3)][0]
a = (x for x in xs).send
a = [(yield_) for x in y]
a = [x for x in [x for x in [x for x in xs]]]
a = {x: {y: z for y, z in x} for x in w}


async def f():
    a = [i async for i in aiter_()]
    a = {i async for i in aiter_() if await i}
    a = {k: v async for k, v in aiter_()}
    a = (i async for i in aiter_())
    a = [i async for j in a for i in j]
    a = [i for j in a async for i in j if i]
    a = [await i for i in a]
