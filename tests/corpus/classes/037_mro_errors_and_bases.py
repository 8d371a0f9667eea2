class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print('TypeError', e)
class X: pass
class Y: pass
class Z(X, Y): pass
print([c.__name__ for c in Z.__mro__], Z.__bases__ == (X, Y), Z.mro() == list(Z.__mro__))
try:
    class Bad(1): pass
except TypeError as e:
    print('TypeError', e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print('TypeError', e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print('TypeError', e)
class O(object): pass
print(O.__bases__, type(O), O.__mro__[-1])
T = type('T', (A,), {'v': 1})
print(T.__name__, T.__bases__[0].__name__, T.v, T().v, type(T).__name__)
