# Positional, keyword and default arguments; defaults are evaluated once.
def describe(name, kind="thing", count=1):
    return f"{count} {kind}(s) called {name}"
print(describe("x"))
print(describe("y", "box"))
print(describe("z", count=3))
print(describe(kind="cup", name="w"))
print(describe("v", "pen", 2))
evaluated = []
def default_value():
    evaluated.append("evaluated")
    return 10
def f(a=default_value()):
    return a
print(evaluated, f(), f(), f(5), evaluated)
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_safe(1), append_safe(2))
def counter(_cache={"n": 0}):
    _cache["n"] += 1
    return _cache["n"]
print(counter(), counter(), counter())
x = 5
def capture(v=x):
    return v
x = 6
print(capture(), x)
def no_return():
    pass
def bare_return():
    return
def multi():
    return 1, "two", [3]
print(no_return(), bare_return(), multi(), type(multi()).__name__)
def early(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    return "positive"
print([early(n) for n in (-2, 0, 7)])
def nested_default(a, b=[1, 2], c=(lambda: "lam")):
    return a, b, c()
print(nested_default(0), nested_default(1, c=lambda: "other"))
print(describe.__name__, describe.__defaults__, f.__defaults__, describe.__code__.co_argcount)
