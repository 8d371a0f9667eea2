import gc, weakref
print(isinstance(gc.collect(), int), gc.isenabled())
class Obj:
    def __init__(self, n): self.n = n
o = Obj(5)
r = weakref.ref(o)
print(r() is o, r().n)
del o
gc.collect()
print(r())
d = weakref.WeakValueDictionary()
k = Obj(1); d['k'] = k
print(len(d), d['k'].n)
del k; gc.collect()
print(len(d))
class C: pass
c = C()
fin = weakref.finalize(c, print, 'finalized')
del c; gc.collect()
print('end')
