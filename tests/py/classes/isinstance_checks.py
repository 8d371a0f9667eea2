# isinstance / issubclass with builtins, tuples, custom classes and errors.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, object), issubclass(A, A))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(A, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(isinstance(b, ()), isinstance(1, (str, (list, (int,)))), issubclass(bool, (str, int)))
for args in ((1, 1), (1, "int"), (b, [A])):
    try:
        isinstance(*args)
    except TypeError as e:
        print("TypeError:", e)
for args in ((b, A), (1, int), (B, "A")):
    try:
        issubclass(*args)
    except TypeError as e:
        print("TypeError:", e)
print(type(b) is B, type(b) == A, type(True) is bool, type(type) is type, type(None).__name__)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
print(type(Magic).__name__, isinstance(Magic, Meta), isinstance(Magic, type))
X = type("X", (A,), {"attr": 5, "m": lambda self: "m!"})
x = X()
print(X.__name__, x.attr, x.m(), isinstance(x, A), [k.__name__ for k in X.__mro__])
print(type(1), type("a"), type(b), type(A), type(len), type(None), type(...))
