# except (A, B), dynamic handler tuples, and exception objects as values.
def kind(exc):
    try:
        raise exc
    except (ValueError, TypeError) as e:
        return "value-or-type: " + type(e).__name__
    except (KeyError, IndexError):
        return "lookup"
    except ():
        return "never"
    except Exception:
        return "other"
for exc in (ValueError, TypeError("t"), KeyError, IndexError(), UnicodeError(), OSError()):
    print(kind(exc))
handlers = (ZeroDivisionError, OverflowError)
try:
    1 / 0
except handlers as e:
    print("dynamic tuple:", e)
nested = (KeyError, (ValueError, (TypeError,)))
try:
    try:
        raise TypeError("deep")
    except nested as e:
        print("nested tuple:", e)
except TypeError as e:
    print("nested tuples are not allowed in except:", e)
    print("context:", repr(e.__context__))
errors = []
for value in ("10", "x", None, "0", [1]):
    try:
        errors.append(100 // int(value))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
    except ZeroDivisionError as e:
        errors.append(str(e))
print(errors)
collected = []
for f in (lambda: 1 / 0, lambda: [][1], lambda: {}["k"], lambda: int("z"), lambda: None.x, lambda: "ok"):
    try:
        collected.append(f())
    except Exception as e:
        collected.append(e)
print([type(c).__name__ if isinstance(c, Exception) else c for c in collected])
print([str(c) for c in collected])
def raiser(cls):
    raise cls("made by " + cls.__name__)
for cls in (ValueError, RuntimeError):
    try:
        raiser(cls)
    except Exception as e:
        print(e)
e1 = ValueError("same")
e2 = ValueError("same")
print(e1 == e2, e1 == e1, e1.args == e2.args)
try:
    raise ValueError("caught as BaseException")
except BaseException as e:
    print(type(e).__name__, e)
