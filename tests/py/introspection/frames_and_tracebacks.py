# Frame objects (sys._getframe) and traceback objects: the fields CPython exposes.
import sys
import traceback


def f(a):
    b = 2
    fr = sys._getframe()
    print(sorted(fr.f_locals), fr.f_globals is globals(), type(fr.f_builtins).__name__)
    print(fr.f_lasti > 0, fr.f_lineno, fr.f_code.co_name, fr.f_back.f_code.co_name)
    print(sys._getframe(1).f_code.co_name, sys._getframe(0) is not None)
    return fr


fr = f(1)
print(fr.f_lineno, fr.f_back is None or fr.f_back.f_code.co_name)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)


def boom():
    return 1 / 0


try:
    boom()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next)
    print(tb.tb_lasti >= 0, sys.exc_info()[0].__name__, sys.exception() is e)
    print([fs.name for fs in traceback.extract_tb(tb)], [fs.lineno for fs in traceback.extract_tb(tb)])


def g():
    return [(fs.name, fs.line) for fs in traceback.extract_stack()]


print(g()[-2:])
print(traceback.format_exception_only(ValueError("x")))
print("".join(traceback.format_exception(KeyError("k"))).splitlines()[-1])
