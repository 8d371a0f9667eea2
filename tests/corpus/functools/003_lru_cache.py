from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    print(sq(v))
print(sq.cache_info())
@cache
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print(fact(30), fact.cache_info().hits)
@lru_cache
def typed(x): return type(x).__name__
print(typed(1), typed(1.0), typed(True))
