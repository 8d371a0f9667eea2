# AttributeError messages in their many forms.
import math
class Thing:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
t = Thing()
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (AttributeError, TypeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
attempt("instance", lambda: t.missing)
attempt("class", lambda: Thing.missing)
attempt("int", lambda: (5).missing)
attempt("str method", lambda: "abc".push)
attempt("None", lambda: None.upper)
attempt("list", lambda: [].add)
attempt("module", lambda: math.missing)
attempt("function", lambda: len.missing)
attempt("set on int", lambda: setattr(5, "x", 1))
attempt("set on str", lambda: setattr("s", "upper", 1))
attempt("set on builtin type", lambda: setattr(int, "x", 1))
attempt("set on object()", lambda: setattr(object(), "x", 1))
attempt("del missing", lambda: delattr(t, "nothing"))
attempt("del class attr via instance", lambda: delattr(t, "cls_attr"))
attempt("getattr", lambda: getattr(t, "nope"))
print(getattr(t, "nope", "default"), hasattr(t, "inst"), hasattr(t, "nope"))
class Dyn:
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name.upper()
        raise AttributeError(f"Dyn has no {name!r}")
d = Dyn()
print(d.x_one, getattr(d, "x_two"), hasattr(d, "y"))
attempt("custom __getattr__", lambda: d.y)
class Guard:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
g = Guard()
g.ok = 1
print(g.ok)
attempt("guarded set", lambda: setattr(g, "_p", 1))
attempt("guarded del", lambda: delattr(g, "ok"))
class Everything:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("secret is hidden")
        return f"got {name}"
e = Everything()
print(e.anything, e.other)
attempt("getattribute", lambda: e.secret)
try:
    t.missing
except AttributeError as err:
    print(type(err).__name__, err.args, err.name, err.obj is t)
try:
    getattr(t, 5)
except TypeError as err:
    print("TypeError:", err)
