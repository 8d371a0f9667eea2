# Decorators: plain, with arguments, stacked, class-based, on methods.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@shout
def greet(name):
    """Say hello."""
    return "hello " + name
print(greet("ann"), greet.__name__, greet.__doc__)
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
order = []
def tag(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        def wrapper():
            return f"<{label}>{fn()}</{label}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "hi"
print(text(), order)
calls = {}
def count_calls(fn):
    def wrapper(*a):
        calls[fn.__name__] = calls.get(fn.__name__, 0) + 1
        return fn(*a)
    return wrapper
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), calls)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def slow_square(n):
    return n * n
print(slow_square(4), slow_square(4), slow_square.cache)
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@CountCalls
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.calls, type(add).__name__)
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
class Plugin:
    pass
print(list(REG), REG["Plugin"] is Plugin)
def method_logger(fn):
    def wrapper(self, *args):
        result = fn(self, *args)
        print(f"  {type(self).__name__}.{fn.__name__}{args} -> {result}")
        return result
    return wrapper
class Calc:
    @method_logger
    def mul(self, a, b):
        return a * b
Calc().mul(6, 7)
identity = lambda f: f
@identity
def plain():
    return "plain"
print(plain(), plain.__name__)
@(lambda fn: lambda: fn() * 2)
def doubled():
    return 21
print(doubled())
