class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f'missing {key!r}')
        self.key = key
class WithStr(Exception):
    def __str__(self): return 'custom str'
try:
    raise NotFound('x')
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, repr(e))
print(str(WithStr()), repr(WithStr(1)))
print(issubclass(NotFound, Exception), NotFound.__mro__[1:3])
e = AppError('a', 'b', 3)
print(e, e.args, repr(e), str(AppError()), repr(AppError()))
print(str(KeyError('k')), str(KeyError('k', 2)), repr(KeyError('k')))
class E2(ValueError):
    def __init__(self, a, b):
        self.a, self.b = a, b
        super().__init__(a + b)
try:
    raise E2(1, 2)
except ValueError as ex:
    print(ex, ex.a, ex.b, ex.args)
