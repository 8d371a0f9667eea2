x = 1
def f(a, b):
    def g():
        return a
    c = b
    def h():
        nonlocal c
        c += 1
        return c
    del c
    return g, h

def g2():
    global gx, gy
    gx = 1
    del gy

def args_cells(p, *q, **r):
    return lambda: (p, q, r)

class K:
    y = 2
    def m(self):
        return y

def shadow():
    k = 1
    class C:
        k = k
        def f(self):
            return k
    return C

def deleted():
    v = 1
    def inner():
        return v
    del v
    return inner
