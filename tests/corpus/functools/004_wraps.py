from functools import wraps, update_wrapper
def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper
@deco
def greet(name: str) -> str:
    """Say hello."""
    return 'hello ' + name
print(greet('x'), greet.__name__, greet.__doc__, greet.__annotations__, greet.__wrapped__.__name__)
def plain(f):
    def wrapper(): return f()
    return wrapper
@plain
def foo():
    """foo doc"""
print(foo.__name__, foo.__doc__)
def w2(): pass
def orig():
    """orig doc"""
update_wrapper(w2, orig)
print(w2.__name__, w2.__doc__, w2.__qualname__)
