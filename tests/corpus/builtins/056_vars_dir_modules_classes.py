import math
class A:
    a = 1
    def f(self): pass
class B(A):
    b = 2
print([n for n in dir(B) if not n.startswith('__')], sorted(n for n in vars(B) if not n.startswith('__')))
print([n for n in dir(math) if n.startswith('is')])
print(sorted(k for k in vars(A()) ))
o = B(); o.z = 1
print(dir(o)[-3:], 'z' in dir(o), '__class__' in dir(o))
print(dir(1)[:3], 'bit_length' in dir(int), 'append' in dir([]), 'keys' in dir({}))
print(sorted(set(dir(list)) - set(dir(object)) - {n for n in dir(list) if n.startswith('__')}))
