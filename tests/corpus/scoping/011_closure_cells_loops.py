fs = []
for i in range(3):
    def f(i=i): return i
    fs.append(f)
print([f() for f in fs])
gs = []
for i in range(3):
    gs.append(lambda: i)
print([g() for g in gs])
def factory():
    fns = []
    for i in range(3):
        def make(j):
            return lambda: j * 10
        fns.append(make(i))
    return fns
print([f() for f in factory()])
def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get(), inc(), get())
x = 'global x'
def f1():
    x = 'enclosing x'
    def f2():
        return x
    x = 'rebound x'
    return f2()
print(f1())
