def f(a, b):
    """Add two numbers.

    Returns the sum."""
    return a + b
print(f.__doc__.splitlines()[0])
print(len.__doc__.splitlines()[0] if len.__doc__ else None)
print(int.__doc__ is not None, str.upper.__name__, str.upper.__qualname__, list.append.__qualname__)
print(repr(len), repr(print), repr(int), repr(object))
print(type(str.upper).__name__, type('a'.upper).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(type(list.__dict__['append']).__name__)
