class JsonMixin:
    def to_dict(self): return {k: v for k, v in sorted(vars(self).items()) if not k.startswith('_')}
class ReprMixin:
    def __repr__(self):
        args = ', '.join(f'{k}={v!r}' for k, v in self.to_dict().items())
        return f'{type(self).__name__}({args})'
class CompareMixin:
    def __eq__(self, o): return type(self) is type(o) and self.to_dict() == o.to_dict()
class User(ReprMixin, CompareMixin, JsonMixin):
    def __init__(self, name, age):
        self.name, self.age, self._pw = name, age, 'hidden'
u = User('amy', 5)
print(u, u.to_dict(), u == User('amy', 5), u == User('bob', 5))
print([c.__name__ for c in User.__mro__])
class A:
    def hello(self): return 'A'
class B(A):
    def hello(self): return 'B>' + super().hello()
class C(A):
    def hello(self): return 'C>' + super().hello()
class D(C, B):
    def hello(self): return 'D>' + super().hello()
print(D().hello())
