x = 'module'
class C:
    x = 'class'
    y = x
    def m(self): return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(C.y, C().m(), C.z, C.w)
class D:
    a = 1
    b = [a * i for i in range(3)] if False else None
    items = ['p', 'q']
    upper = [s.upper() for s in items]
print(D.upper)
def f():
    v = 'func'
    class K:
        v = 'klass'
        def get(self): return v
    return K().get(), K.v
print(f())
