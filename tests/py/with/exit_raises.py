# Exceptions raised inside __exit__ replace (and chain to) the original.
class Raising:
    def __init__(self, exc):
        self.exc = exc
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"  __exit__ sees {exc_type.__name__ if exc_type else None}")
        raise self.exc
try:
    with Raising(RuntimeError("from exit")):
        pass
except RuntimeError as e:
    print("clean body:", repr(e), repr(e.__context__))
try:
    with Raising(RuntimeError("from exit")):
        raise ValueError("from body")
except Exception as e:
    print("failing body:", repr(e), "context:", repr(e.__context__))
class Translator:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is KeyError:
            raise LookupError(f"translated {exc}") from exc
        return False
try:
    with Translator():
        {}["k"]
except LookupError as e:
    print(repr(e), "cause:", repr(e.__cause__))
class Outer:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"  outer exit sees {exc!r}")
        return True
with Outer():
    with Raising(TypeError("inner exit error")):
        raise ValueError("body")
print("outer suppressed the exit error")
class Reraise:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc is not None:
            raise exc
try:
    with Reraise():
        raise KeyError("same object")
except KeyError as e:
    print("reraised:", repr(e), e.__context__)
class ExitFinally:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        try:
            raise ValueError("exit internal")
        except ValueError:
            pass
        print("  exit handled its own error")
        return False
with ExitFinally():
    print("  body ok")
print("done")
