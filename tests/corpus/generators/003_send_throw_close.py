def acc():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print('throw caught', e)
            v = 0
        except GeneratorExit:
            print('closing')
            raise
        if v is None: break
        total += v
g = acc()
print(next(g), g.send(5), g.send(10), g.throw(ValueError('bad')), g.send(1))
g.close()
g.close()
try:
    g.send(1)
except StopIteration:
    print('stopped')
g2 = acc()
try:
    g2.send(5)
except TypeError as e:
    print('TypeError', e)
def echo():
    try:
        yield 1
    finally:
        print('gen finally')
e = echo(); next(e); e.close()
g3 = acc(); next(g3)
try:
    g3.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e)
