class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def meth(self): pass
p = P()
print(vars(p))
print([n for n in dir(p) if not n.startswith('__')])
print([n for n in dir(P) if not n.startswith('__')])
print('meth' in vars(P), 'a' in vars(P))
import math
print('sqrt' in dir(math), 'pi' in vars(math))
try:
    vars(1)
except TypeError as e:
    print('TypeError', e)
class Q:
    def __dir__(self): return ['z', 'a']
print(dir(Q()))
print(sorted(n for n in dir([]) if not n.startswith('_')))
