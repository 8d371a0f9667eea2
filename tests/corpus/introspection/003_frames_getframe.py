import sys
def who():
    return sys._getframe().f_code.co_name
def caller():
    return sys._getframe(1).f_code.co_name
def outer():
    return who(), caller()
print(outer())
print(sys._getframe().f_code.co_name)
def chain():
    f = sys._getframe()
    names = []
    while f:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def a(): return chain()
def b(): return a()
print(b())
def line():
    return sys._getframe().f_lineno
print(line())
def locs():
    x = 5
    return sys._getframe().f_locals['x']
print(locs())
print(sys._getframe().f_globals is globals())
