# Re-raising: bare raise, raise e, raise inside nested functions.
log = []
def risky(n):
    if n == 0:
        raise ZeroDivisionError("n was zero")
    return 10 / n
def wrapper(n):
    try:
        return risky(n)
    except ZeroDivisionError:
        log.append("logged and re-raised")
        raise
try:
    wrapper(0)
except ZeroDivisionError as e:
    print("outer caught:", e, log)
print(wrapper(4))
def reraise_named():
    try:
        raise KeyError("original")
    except KeyError as e:
        err = e
    raise err
try:
    reraise_named()
except KeyError as e:
    print("reraised stored:", repr(e))
def bare_raise_after_nested():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    bare_raise_after_nested()
except Exception as e:
    print("bare raise restores:", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def helper_raises():
    raise
def calls_helper():
    try:
        raise IndexError("via helper")
    except IndexError:
        helper_raises()
try:
    calls_helper()
except IndexError as e:
    print("helper re-raised:", repr(e))
def modify_and_reraise():
    try:
        raise ValueError("base message")
    except ValueError as e:
        e.args = (e.args[0] + " (with detail)",)
        raise
try:
    modify_and_reraise()
except ValueError as e:
    print(e)
def retry(fn, attempts):
    for i in range(attempts):
        try:
            return fn(i)
        except ValueError as e:
            print(f"  attempt {i} failed: {e}")
    raise RuntimeError(f"gave up after {attempts} attempts")
def flaky(i):
    if i < 2:
        raise ValueError(f"not yet ({i})")
    return f"success at {i}"
print(retry(flaky, 5))
try:
    retry(flaky, 2)
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
def with_traceback_attr():
    try:
        raise KeyError("tb")
    except KeyError as e:
        return e.__traceback__ is not None, type(e.__traceback__).__name__
print(with_traceback_attr())
