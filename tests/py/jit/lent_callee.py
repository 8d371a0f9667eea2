# A call of a known global function reads the function without a reference of its own
# (the compiled code keeps it alive): its count must come out exact on every path — plain
# returns, exceptions raised by the callee or by an argument, the callee leaving native
# code, frame objects, recursion errors, and the global rebound mid-call.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def boom(n):
    if n == 0:
        raise ValueError("boom")
    return boom(n - 1)


def frames(n):
    return sys._getframe().f_code.co_name if n else "x"


def deep(n):
    return deep(n + 1)


def switches(n):
    # Leaves native code part-way: a float then a str through the same operator.
    t = n
    for v in (1, 2.5, "s"):
        t = str(t) + str(v) if isinstance(v, str) else t + v
    return t


def other(n):
    return -n


def rebinder(n):
    global target
    target = other
    return n


def target(n):
    return n * 2


def driver():
    out = []
    for i in range(30):
        out.append(fib(10))
        try:
            boom(3)
        except ValueError:
            out.append("caught")
        out.append(frames(i))
        out.append(switches(i))
        try:
            fib(1 / (i - i))
        except ZeroDivisionError:
            out.append("zde")
    return out


names = ("fib", "boom", "frames", "switches")
for _ in range(2):  # compiled code keeps references of its own: count after warming up
    driver()
before = [sys.getrefcount(globals()[n]) for n in names]
r = driver()
after = [sys.getrefcount(globals()[n]) for n in names]
print(r[:6], len(r), before == after)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrefcount(deep) == sys.getrefcount(deep))


def calls_target(k):
    t = 0
    for i in range(k):
        t += target(rebinder(i) if i == 5 else i)
    return t


rc_target, rc_other = sys.getrefcount(target), sys.getrefcount(other)
print(calls_target(20), target is other)
