import functools
def trace(f):
    @functools.wraps(f)
    def w(*a, **k):
        print('call', f.__name__, a, k)
        r = f(*a, **k)
        print('ret', r)
        return r
    return w
@trace
def add(a, b=0):
    """adds"""
    return a + b
add(1, b=2)
print(add.__name__, add.__doc__, add.__wrapped__(5))
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(x): return 'hi ' + x
print(hi('bob'))
def d1(f):
    print('applying d1'); return lambda: 'd1(' + f() + ')'
def d2(f):
    print('applying d2'); return lambda: 'd2(' + f() + ')'
@d1
@d2
def base(): return 'base'
print(base())
def register(cls):
    cls.registered = True
    return cls
@register
class K: pass
print(K.registered)
