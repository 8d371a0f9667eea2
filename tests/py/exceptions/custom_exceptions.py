# Custom exception classes with extra attributes and hierarchies.
class AppError(Exception):
    """Base error for the app."""
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return f"no such key {self.key!r}"
class WithDefault(AppError):
    def __init__(self, msg="default message", code=500):
        super().__init__(msg, code)
        self.code = code
def validate(user):
    if "name" not in user:
        raise ValidationError("name", "is required")
    if len(user["name"]) < 2:
        raise ValidationError("name", f"too short ({len(user['name'])})")
    return "valid"
for user in ({"name": "ann"}, {}, {"name": "x"}):
    try:
        print(validate(user))
    except ValidationError as e:
        print("invalid ->", e, "| field:", e.field, "| args:", e.args)
try:
    raise NotFound("abc")
except AppError as e:
    print(str(e), repr(e), e.args, e.key, isinstance(e, NotFound))
w = WithDefault()
print(str(w), repr(w), w.code, WithDefault("m", 404).args)
print(AppError.__doc__, [c.__name__ for c in ValidationError.__mro__])
class Chained(AppError):
    pass
try:
    try:
        validate({})
    except ValidationError as e:
        raise Chained("wrapper") from e
except AppError as e:
    print(type(e).__name__, e, "caused by", type(e.__cause__).__name__, e.__cause__.field)
class Retryable(Exception):
    retries = 3
class Fatal(Exception):
    pass
def handle(exc):
    try:
        raise exc
    except Retryable as e:
        return f"retry {e.retries}x: {e}"
    except Fatal as e:
        return f"fatal: {e}"
print(handle(Retryable("net down")), handle(Fatal("disk gone")))
class Rich(Exception):
    def __init__(self, *args, **extra):
        super().__init__(*args)
        self.extra = extra
    def __repr__(self):
        return f"Rich{self.args}+{self.extra}"
r = Rich("a", 1, detail="x")
print(repr(r), str(r), r.extra)
class MyKeyError(KeyError):
    pass
try:
    raise MyKeyError("special")
except KeyError as e:
    print(type(e).__name__, str(e), repr(e))
class BaseLevel(BaseException):
    pass
try:
    try:
        raise BaseLevel("not an Exception")
    except Exception:
        print("wrong handler")
except BaseLevel as e:
    print("BaseException subclass caught:", e)
