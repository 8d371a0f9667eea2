# StopIteration semantics, PEP 479, and generator state errors.
def gen():
    yield 1
    return "ret"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", repr(e.value), "args:", e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e.value), e.args)
def no_return():
    yield 1
n = no_return()
next(n)
try:
    next(n)
except StopIteration as e:
    print("implicit:", repr(e.value), e.args)
def leaks_stop():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(leaks_stop()))
except RuntimeError as e:
    print("RuntimeError:", e)
def catches_stop():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"
print(list(catches_stop()))
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Counter(4)), next(Counter(0), "default"))
it = iter([1, 2])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("list iterator StopIteration", e.args)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
def ret_value_in_for():
    yield "x"
    return "unseen by for"
print([v for v in ret_value_in_for()])
e = StopIteration("a", "b")
print(e.value, e.args, StopIteration().value, StopIteration(5).value)
g2 = gen()
print(g2.gi_running, g2.gi_frame is not None, g2.gi_code.co_name)
list(g2)
print(g2.gi_frame)
