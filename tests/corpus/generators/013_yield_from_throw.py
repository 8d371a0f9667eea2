def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('inner caught', e)
        yield 'recovered'
    finally:
        print('inner finally')
def outer():
    yield from inner()
    yield 'outer continues'
g = outer()
print(next(g))
print(g.throw(ValueError('x')))
print(next(g))
print(next(g, 'done'))
g2 = outer()
next(g2)
g2.close()
print('closed g2')
def sub():
    yield 1
    return 'sub result'
def main():
    r = yield from sub()
    yield r
print(list(main()))
