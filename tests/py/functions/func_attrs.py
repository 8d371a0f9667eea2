# Function objects: attributes, qualnames, docstrings and identity.
def documented(a, b=2, *args, c, d=4, **kw):
    """A documented function."""
    return a
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__module__)
print(documented.__defaults__, documented.__kwdefaults__)
class Outer:
    def method(self):
        def inner():
            pass
        return inner
    class Nested:
        def deep(self):
            pass
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Nested.deep.__qualname__)
print((lambda: 0).__qualname__, documented.__annotations__)
def annotated(x: int, y: "str" = "s") -> bool:
    return True
print(annotated.__annotations__)
def undocumented():
    pass
print(undocumented.__doc__, undocumented(), callable(undocumented), callable(5))
documented.custom = "attached"
print(documented.custom, hasattr(documented, "custom"), getattr(undocumented, "custom", "none"))
f = documented
print(f is documented, f == documented, f.__name__)
def renamed():
    pass
renamed.__name__ = "new_name"
print(renamed.__name__, renamed.__qualname__)
bound = Outer().method
print(type(bound).__name__, bound.__name__, bound.__self__.__class__.__name__, bound.__func__ is Outer.method)
print(type(documented).__name__, type(len).__name__, type([].append).__name__, len.__name__)
def gen():
    yield 1
print(type(gen).__name__, type(gen()).__name__, gen.__name__)
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter()
counter()
print(counter.calls)
print(sorted(k for k in vars(documented)))
