# The TypeError messages CPython gives for bad calls.
def f(a, b):
    return a + b
def g(a, b=1, *, c, d=2):
    return a
def h(a, /, b):
    return a
def k(*args, key):
    return key
def n():
    return 0
five, text, nothing = 5, "s", None
class C:
    def m(self, x):
        return x
    def __init__(self, v):
        self.v = v
calls = [
    ("f(1)", lambda: f(1)),
    ("f()", lambda: f()),
    ("f(1, 2, 3)", lambda: f(1, 2, 3)),
    ("f(1, 2, 3, 4)", lambda: f(1, 2, 3, 4)),
    ("f(1, b=2, a=3)", lambda: f(1, b=2, a=3)),
    ("f(1, 2, c=3)", lambda: f(1, 2, c=3)),
    ("f(1, c=3, d=4)", lambda: f(1, c=3, d=4)),
    ("f(a=1, **{'a': 2})", lambda: f(a=1, **{"a": 2})),
    ("g(1)", lambda: g(1)),
    ("g()", lambda: g()),
    ("g(1, 2, 3, c=1)", lambda: g(1, 2, 3, c=1)),
    ("g(1, 2, 3)", lambda: g(1, 2, 3)),
    ("g(1, c=1, e=5)", lambda: g(1, c=1, e=5)),
    ("h(a=1, b=2)", lambda: h(a=1, b=2)),
    ("h(1, a=1, b=2)", lambda: h(1, a=1, b=2)),
    ("k(1, 2)", lambda: k(1, 2)),
    ("n(1)", lambda: n(1)),
    ("n(x=1)", lambda: n(x=1)),
    ("C(1).m()", lambda: C(1).m()),
    ("C(1).m(1, 2)", lambda: C(1).m(1, 2)),
    ("C()", lambda: C()),
    ("C.m(1)", lambda: C.m(1)),
    ("(lambda x: x)()", lambda: (lambda x: x)()),
    ("f(*5)", lambda: f(*5)),
    ("f(**[1])", lambda: f(**[1])),
    ("f(**{1: 2})", lambda: f(**{1: 2})),
    ("five()", lambda: five()),
    ("text()", lambda: text()),
    ("nothing()", lambda: nothing()),
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len(1, 2)),
    ("len(5)", lambda: len(5)),
    ("abs(x=1)", lambda: abs(x=1)),
    ("[].append()", lambda: [].append()),
    ("int('1', 2, 3)", lambda: int("1", 2, 3)),
]
for label, fn in calls:
    try:
        fn()
        print(label, "-> ok")
    except TypeError as e:
        print(f"{label:22} TypeError: {e}")
def outer():
    def inner(x):
        return x
    return inner
try:
    outer()()
except TypeError as e:
    print("nested:", e)
