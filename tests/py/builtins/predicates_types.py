# any, all, isinstance, issubclass, callable, type.
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)), any("abc"), all(""), any([[]]), all([[]]))
log = []
def check(v):
    log.append(v)
    return v
print(any(check(v) for v in (0, 0, 1, 1)), log)
log.clear()
print(all(check(v) for v in (1, 1, 0, 1)), log)
try:
    any(5)
except TypeError as e:
    print("TypeError:", e)
print(callable(len), callable(lambda: 0), callable(int), callable("s"), callable(None), callable(print))
class WithCall:
    def __call__(self):
        pass
class Without:
    pass
print(callable(WithCall()), callable(Without()), callable(Without), callable(WithCall.__call__))
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(None), type(True))
print(type(type), type(object), type(Without()), type(Without).__name__, type(len).__name__)
print(type(1) is int, type(True) is int, type(True) is bool, isinstance(True, int))
NewType = type("NewType", (Without,), {"x": 1, "hello": lambda self: "hi from " + type(self).__name__})
n = NewType()
print(NewType.__name__, n.x, n.hello(), isinstance(n, Without), NewType.__bases__[0].__name__)
try:
    type()
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)
print(isinstance([], (list, tuple)), isinstance({}, (list, tuple)), isinstance(1, object), isinstance(None, object))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type), issubclass(bool, (float, int)))
print(isinstance(int, type), isinstance(len, type), isinstance(print, object), isinstance(3, int | str))
