# Native functions and builtin methods called with positional arguments take a
# direct path; the errors and results must be the generic call's.
import sys

def run(n):
    s = set()
    l = []
    d = {}
    for i in range(n):
        s.add(i % 7)
        l.append(i)
        d.setdefault(i % 3, []).append(i)
        list.append(l, -i)
    l.pop()
    return len(s), len(l), sorted(d), abs(-n), max(l), min(3, 4)

for _ in range(50):
    r = run(20)
print(r)

class MyList(list):
    pass

def sub(n):
    m = MyList()
    for i in range(n):
        list.append(m, i)
        m.append(i * 2)
    return m

for _ in range(50):
    m = sub(5)
print(m, type(m).__name__)

def errors():
    out = []
    for f, args in [(list.append, ()), (list.append, (1, 2)), (set.add, ({1},)), (set.add, ("x", 1)),
                     (len, ()), (len, (1, 2)), (abs, ("a",)), (dict.get, ({}, )), (str.upper, (b"x",))]:
        try:
            out.append(f(*args))
        except TypeError as e:
            out.append("TypeError: %s" % e)
    return out

for _ in range(30):
    e = errors()
for x in e:
    print(x)

def direct():
    out = []
    try:
        list.append()
    except TypeError as e:
        out.append(str(e))
    try:
        set.add(1, 2)
    except TypeError as e:
        out.append(str(e))
    try:
        len(1)
    except TypeError as e:
        out.append(str(e))
    return out

for _ in range(30):
    r = direct()
print(r)

class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return self.k == o.k

def with_python_hash(n):
    s = set()
    for i in range(n):
        s.add(Key(i % 4))
    return len(s)
for _ in range(30):
    r = with_python_hash(10)
print(r)

def deep(n):
    # A builtin method calling back into Python code at depth: the recursion limit
    # still applies.
    class K:
        def __hash__(self):
            return deep_hash(self)
    return K()
def deep_hash(k):
    return hash(k)
try:
    {deep(1)}
except RecursionError as e:
    print("RecursionError", e)


def site(xs, f):
    # One call site that saw native callables, then gets a Python function, a class,
    # a bound method of a Python object and a native function again.
    return [f(x) for x in xs]


for _ in range(60):
    site([1, 2], abs)
print(site([-3, 4], abs), site([-3, 4], lambda v: v * 10), site([3], str), site(["a"], "x{}y".format))


class Box:
    def get(self, k):
        return ("box", k)


def gets(d, keys):
    return [d.get(k) for k in keys]


for _ in range(60):
    gets({1: 2}, [1, 3])
print(gets({1: 2}, [1, 3]), gets(Box(), [1]))
