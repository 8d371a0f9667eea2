# Division by zero involving floats: each operator's message.
def attempt(label, fn):
    try:
        print(label, "=", fn())
    except ZeroDivisionError as e:
        print(label, "-> ZeroDivisionError:", e)
attempt("1.0 / 0", lambda: 1.0 / 0)
attempt("1 / 0.0", lambda: 1 / 0.0)
attempt("0.0 / 0.0", lambda: 0.0 / 0.0)
attempt("1.0 // 0", lambda: 1.0 // 0)
attempt("1 // 0.0", lambda: 1 // 0.0)
attempt("1.0 % 0", lambda: 1.0 % 0)
attempt("5 % 0.0", lambda: 5 % 0.0)
attempt("divmod(1.0, 0)", lambda: divmod(1.0, 0))
attempt("divmod(1, 0.0)", lambda: divmod(1, 0.0))
attempt("0.0 ** -1", lambda: 0.0 ** -1)
attempt("0.0 ** -1.5", lambda: 0.0 ** -1.5)
attempt("0 ** -1.0", lambda: 0 ** -1.0)
attempt("1 / 0", lambda: 1 / 0)
attempt("-0.0 / 0", lambda: -0.0 / 0)
attempt("inf / 0", lambda: float("inf") / 0)
attempt("1.0 / -0.0", lambda: 1.0 / -0.0)
attempt("1.0 / 1e-320", lambda: 1.0 / 1e-320)
attempt("0.0 ** 0", lambda: 0.0 ** 0)
attempt("0.0 ** 2", lambda: 0.0 ** 2)
attempt("1e-200 * 1e-200", lambda: 1e-200 * 1e-200)
x = 3.0
try:
    x /= 0
except ZeroDivisionError as e:
    print("x /= 0 ->", e, x)
try:
    x %= 0.0
except ZeroDivisionError as e:
    print("x %= 0.0 ->", e, x)
e = ZeroDivisionError("custom")
print(isinstance(e, ArithmeticError), ZeroDivisionError.__mro__[1].__name__, e.args)
