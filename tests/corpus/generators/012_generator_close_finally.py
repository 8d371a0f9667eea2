def resource(name):
    print('open', name)
    try:
        while True:
            yield name
    finally:
        print('close', name)
g = resource('a')
print(next(g), next(g))
g.close()
print('after close')
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g2 = ignore_exit()
next(g2)
try:
    g2.close()
except RuntimeError as e:
    print('RuntimeError', e)
def counter():
    n = 0
    try:
        while True:
            yield n
            n += 1
    except GeneratorExit:
        print('exit at', n)
c = counter()
for v in c:
    if v == 3: break
c.close()
