# Calls of global functions are compiled for the function the global named when the
# caller became hot; each must still do the right thing once the global changes.
import sys


def helper(a, b):
    t = [a, b]          # an object in a local, released when the frame is
    s = a + b
    return s * len(t)


def from_loop(xs):
    # Returns from inside a `for`: the iterator is still on the stack.
    for x in xs:
        if x > 2:
            return x
    return -1


def caller(n):
    total = 0
    for i in range(n):
        total += helper(i, 1)
        total += from_loop([0, 1, i])
    return total


print(caller(200))
print(caller(200))


def other_helper(a, b):
    extra = "more locals than before"
    again = [extra] * 2
    return a - b + len(again)


helper = other_helper
print(caller(50))
helper = max
print(caller(50))


class helper:
    def __init__(self, a, b):
        self.v = a * b

    def __radd__(self, other):
        return other + self.v


print(caller(30))


def with_default(a, b=10):
    return a + b


def calls_default(n):
    s = 0
    for i in range(n):
        s += with_default(i)
        s += with_default(i, 1)
    return s


print(calls_default(300))


def obj_count():
    o = object()
    before = sys.getrefcount(o)
    for _ in range(500):
        keep(o)
    return sys.getrefcount(o) - before


def keep(x):
    y = x
    z = [y]
    return z


print(obj_count())


def recurse(n):
    if n == 0:
        return 0
    return 1 + recurse(n - 1)


print(recurse(500))
fast = recurse


def recurse(n):
    return "rebound"


try:
    print(fast(10))
except TypeError as e:
    print("TypeError:", e)


# The known callee's code replaced in place, and the global rebound to another function
# object with the same code but other globals (exec'd into a fresh namespace).
def target(n):
    return n + 1


def other(n):
    return n * 100


def caller(k):
    t = 0
    for i in range(k):
        t += target(i)
    return t


print(caller(300))
target.__code__ = other.__code__
print(caller(300))
gen = compile("def target(n):\n    return n + OFFSET\n", "<gen>", "exec")
ns1, ns2 = {"OFFSET": 7}, {"OFFSET": -1}
exec(gen, ns1)
exec(gen, ns2)
print(ns1["target"].__code__ is ns2["target"].__code__)
target = ns1["target"]
print(caller(300))
target = ns2["target"]
print(caller(300))


# A known callee's parameters are released on return unless it never rebinds them and
# they were passed uncounted: rebinding (to a counted object), deleting and capturing a
# parameter in a closure must all still release exactly once.
import sys
SENTINEL = ["sentinel"]


def rebinds(n):
    n = SENTINEL
    return len(n)


def deletes(n):
    del n
    return 1


def captures(n):
    return (lambda: n)() + 1


def keeps(n, m):
    return n + 1


def drive(k):
    t = 0
    for i in range(k):
        t += rebinds(i) + deletes(i) + captures(i) + keeps(i, SENTINEL)
    return t


before = sys.getrefcount(SENTINEL)
print(drive(500), sys.getrefcount(SENTINEL) - before)
