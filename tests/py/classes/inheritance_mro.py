# Inheritance, overriding, MRO (including diamonds) and C3 failure.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, a kind of " + super().kind()
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (squeaky)"
p = Puppy("rex")
print(p.speak(), p.kind(), Puppy.sound, Animal.sound)
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__, Puppy.__base__.__name__)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class W(K1, K2, K3): pass
print([k.__name__ for k in W.__mro__])
try:
    class Bad(X, K1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)
class Left:
    value = "left"
    def hello(self):
        return "left hello"
class Right:
    value = "right"
    def hello(self):
        return "right hello"
    def only_right(self):
        return "only right"
class Both(Left, Right):
    pass
b = Both()
print(b.value, b.hello(), b.only_right(), Both.__mro__[1].__name__)
print(isinstance(b, Left), isinstance(b, Right), issubclass(Both, (int, Right)), issubclass(Both, Both))
print(issubclass(bool, int), issubclass(int, object), bool.__mro__, type.__mro__)
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
print(Square(3).describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Base:
    def __init__(self):
        self.log = ["base"]
class NoInitCall(Base):
    def __init__(self):
        self.other = 1
print(hasattr(NoInitCall(), "log"), Base.__subclasses__()[0].__name__)
print([c.__name__ for c in A.__subclasses__()], object.__bases__, A.__bases__)
