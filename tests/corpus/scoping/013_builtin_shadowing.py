def f():
    len = lambda x: 'shadowed'
    return len([1, 2])
print(f(), len([1, 2]))
list = 'not a list'
print(list)
del list
print(list('ab'))
import builtins
print(builtins.sum is sum)
def g(print=print):
    print('default-captured print')
g()
class C:
    def len(self): return 'method len'
    def use(self): return len('abc'), self.len()
print(C().use())
str_ = str
def h():
    str = int
    return str('12') + 1
print(h(), str_(5))
