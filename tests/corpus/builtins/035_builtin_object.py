o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError', e)
print(object.__name__, object.__bases__, type.__bases__, type(object))
print(issubclass(type, object), isinstance(object, type), isinstance(type, object))
print(sorted(n for n in dir(o) if n in ('__eq__', '__hash__', '__repr__', '__init__', '__class__')))
print(object.__eq__(o, o), object.__ne__(o, 1), object().__reduce_ex__.__name__)
class A: pass
print(A.__base__ is object, A().__class__ is A, A.__class__ is type)
