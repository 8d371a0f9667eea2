import sys
def show_caller_globals():
    return sorted(k for k in sys._getframe(1).f_globals if k.startswith('marker'))
marker_a = 1
marker_b = 2
print(show_caller_globals())
ns = {'marker_x': 0}
exec('import sys\nnames = sorted(k for k in sys._getframe().f_globals if k.startswith("marker"))', ns)
print(ns['names'])
def f():
    return sys._getframe().f_code is f.__code__
print(f())
g = (sys._getframe().f_code.co_name for _ in range(1))
print(next(g))
print([sys._getframe().f_code.co_name for _ in range(1)])
class K:
    where = sys._getframe().f_code.co_name
print(K.where)
print((lambda: sys._getframe().f_code.co_name)())
