class A: pass
class B(A): pass
print(isinstance(1, int), isinstance(True, int), isinstance(1, float))
print(isinstance(1, (str, int)), isinstance('x', (list, tuple)))
print(isinstance(B(), A), isinstance(A(), B))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, int), issubclass(int, object))
print(issubclass(B, (int, A)))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type))
print(isinstance([], list | tuple))
print(isinstance(3, int | None))
try:
    isinstance(1, 2)
except TypeError as e:
    print('TypeError', e)
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 42
class M(metaclass=Meta): pass
print(isinstance(42, M), isinstance(41, M))
