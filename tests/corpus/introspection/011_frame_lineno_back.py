import sys
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno
def caller_a():
    return where()
def caller_b():
    x = 1
    return where()
print(caller_a())
print(caller_b())
print(where())
def depth():
    n, f = 0, sys._getframe()
    while f.f_back:
        n += 1
        f = f.f_back
    return n
def rec(k):
    return depth() if k == 0 else rec(k - 1)
print(depth(), rec(3), rec(10) - rec(0))
def getlocals():
    a, b = 1, 'two'
    return sorted(sys._getframe().f_locals.items())
print(getlocals())
f = sys._getframe()
print(f.f_code.co_name, f.f_back is None, type(f).__name__)
