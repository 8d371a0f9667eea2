# sys.exc_info() and sys.exception() inside and outside handlers.
import sys
print(sys.exc_info())
try:
    raise KeyError("inside")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, type(tb).__name__)
    print(sys.exception() is v)
print(sys.exc_info(), sys.exception())
def nested():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            print("  innermost:", sys.exc_info()[0].__name__)
        print("  restored:", sys.exc_info()[0].__name__)
    print("  after:", sys.exc_info()[0])
nested()
def called_from_handler():
    return sys.exc_info()[1]
try:
    raise IndexError("visible to callee")
except IndexError:
    print(repr(called_from_handler()))
def in_finally():
    try:
        raise ZeroDivisionError("zd")
    finally:
        print("  in finally:", sys.exc_info()[0].__name__)
try:
    in_finally()
except ZeroDivisionError:
    pass
def in_generator():
    yield sys.exc_info()[0]
try:
    raise OSError("gen")
except OSError:
    g = in_generator()
    print("generator sees:", next(g).__name__)
print("generator outside:", list(in_generator()))
try:
    raise RuntimeError("tb")
except RuntimeError:
    tb = sys.exc_info()[2]
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
def depth_tb():
    def a():
        b()
    def b():
        raise ValueError("deep")
    try:
        a()
    except ValueError:
        tb = sys.exc_info()[2]
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return names
print(depth_tb())
