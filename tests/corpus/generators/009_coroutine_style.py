def averager():
    total, n, avg = 0, 0, None
    while True:
        v = yield avg
        total += v; n += 1
        avg = total / n
a = averager(); next(a)
for v in [10, 20, 30, 5]:
    print(a.send(v))
def grep(pattern):
    print('looking for', pattern)
    while True:
        line = yield
        if pattern in line:
            print('found:', line)
g = grep('py')
next(g)
for line in ['python', 'rust', 'pypy', 'go']:
    g.send(line)
g.close()
import types
@types.coroutine
def sleep0():
    yield 'tick'
async def co():
    await sleep0()
    return 'done'
c = co()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
