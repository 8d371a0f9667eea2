# Exception args, str() and repr() for various argument counts.
cases = [ValueError(), ValueError("one"), ValueError("one", "two"), ValueError(42), ValueError(None),
         ValueError(""), KeyError("k"), KeyError(), KeyError(1, 2), KeyError(""), IndexError("i"),
         OSError(2, "No such file"), OSError("just msg"), StopIteration(7), SystemExit(3),
         Exception([1, 2]), Exception(("t",)), ZeroDivisionError("zd"), UnicodeError("u")]
for e in cases:
    print(f"{type(e).__name__:18} args={e.args!r:26} str={str(e)!r:24} repr={e!r}")
e = ValueError("a", "b")
e.args = ("changed",)
print(e, repr(e))
e.args = []
print(repr(e.args), repr(str(e)))
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror, type(OSError(2, "x")).__name__)
print(SystemExit(3).code, SystemExit().code, SystemExit("msg").code, SystemExit(1, 2).code)
print(KeyError("k").args[0], str(KeyError("it's")), str(KeyError('say "x"')))
err = ValueError("with note")
err.add_note("first note")
err.add_note("second note")
print(err.__notes__, str(err))
print(isinstance(ValueError(), Exception), BaseException.__subclasses__()[:0], Exception.__base__.__name__)
u = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason)
print(str(u))
print(repr(ArithmeticError()), repr(LookupError("x")), str(NameError("name 'q' is not defined")))
try:
    undefined_thing
except NameError as e:
    print(e.name, e.args)
try:
    {}.missing_attr
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
