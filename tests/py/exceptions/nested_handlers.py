# Nested try blocks, handler matching order and exception hierarchy.
def classify(exc):
    try:
        try:
            raise exc
        except (KeyError, IndexError) as e:
            return f"inner lookup handler: {type(e).__name__}"
        except ArithmeticError as e:
            return f"inner arithmetic handler: {type(e).__name__}"
    except ValueError as e:
        return f"outer value handler: {type(e).__name__}"
    except Exception as e:
        return f"outer generic handler: {type(e).__name__}"
for exc in (KeyError("a"), IndexError(1), ZeroDivisionError(), OverflowError(), ValueError(),
            UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), TypeError(), LookupError()):
    print(classify(exc))
def first_match_wins():
    try:
        raise KeyError("x")
    except LookupError:
        return "LookupError handler"
    except KeyError:
        return "KeyError handler (never)"
print(first_match_wins())
def raise_in_handler():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")
    except TypeError as e:
        return f"{e!r} with context {e.__context__!r}"
print(raise_in_handler())
def handler_in_finally():
    out = []
    try:
        try:
            raise KeyError("k")
        finally:
            out.append("finally runs first")
    except KeyError:
        out.append("then handler")
    return out
print(handler_in_finally())
hierarchy = [ZeroDivisionError, KeyError, IndexError, UnboundLocalError, RecursionError, NotImplementedError,
             FileNotFoundError, ModuleNotFoundError, UnicodeEncodeError, StopIteration, KeyboardInterrupt,
             SystemExit, GeneratorExit, TimeoutError]
for cls in hierarchy:
    print(cls.__name__, "->", " > ".join(k.__name__ for k in cls.__mro__[1:]))
try:
    raise Exception
except BaseException as e:
    print("bare class raise gives instance:", repr(e), type(e) is Exception)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
