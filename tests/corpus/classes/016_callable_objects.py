class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
add5 = Adder(5)
print(add5(10), list(map(add5, [1, 2])), callable(add5))
class Memo:
    def __init__(self, f): self.f = f; self.cache = {}
    def __call__(self, n):
        if n not in self.cache: self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), len(fib.cache))
class Bound:
    def m(self): return self
b = Bound()
bm = b.m
print(bm() is b, bm.__self__ is b, bm.__func__ is Bound.m, bm == b.m)
print(Bound.m(b) is b)
