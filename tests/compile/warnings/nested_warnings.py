def f():
    def g():
        return 1 is 1
    return g() is 2
class C:
    x = "a" is "a"
lam = lambda: 2 is 2
