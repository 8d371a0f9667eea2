# Suppressing exceptions by returning a true value from __exit__.
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False
with Suppress(KeyError) as s:
    {}["missing"]
    print("not reached")
print("after suppressed block, caught:", repr(s.caught))
with Suppress(ArithmeticError) as s:
    1 / 0
print("caught subclass:", repr(s.caught))
try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", repr(e))
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return "a non-empty string is true"
with Truthy():
    raise ValueError("swallowed")
print("truthy return suppressed it")
class Falsy:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return 0
try:
    with Falsy():
        raise ValueError("propagates")
except ValueError as e:
    print("falsy return:", e)
def in_function():
    with Suppress(ValueError):
        raise ValueError("inside function")
    return "function continued"
print(in_function())
def loop():
    results = []
    for value in ["1", "x", "3", None, "5"]:
        with Suppress(ValueError, TypeError):
            results.append(int(value))
            continue
        results.append("skip")
    return results
print(loop())
count = 0
while count < 3:
    with Suppress(ZeroDivisionError):
        count += 1
        1 / 0
print("count", count)
class SuppressAll:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return True
def return_wins():
    with SuppressAll():
        return "returned"
    return "not this"
print(return_wins())
with SuppressAll():
    raise SystemExit(9)
print("even SystemExit can be suppressed")
