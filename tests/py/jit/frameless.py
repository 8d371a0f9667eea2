# Recursive functions that only compute on ints and floats and call each other (fib)
# run frameless in compiled code; whatever the frameless path does not cover — big
# ints, other types, errors, the recursion limit, a rebound global — makes the ordinary
# call from the start, so results, exceptions, tracebacks and the recursion limit are
# exactly the interpreter's.
import sys
import traceback


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def pow3(n):
    if n == 0:
        return 1
    return pow3(n - 1) * 3


def is_even(n):
    if n == 0:
        return 1
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return 0
    return is_even(n - 1)


def harmonic(n):
    if n == 0:
        return 0.0
    return 1.0 / n + harmonic(n - 1)


def inv(n):
    if n < 0:
        return 0.0
    return 1.0 / n + inv(n - 1)


def down(k):
    if k == 0:
        return 0
    return down(k - 1) + 1


def maybe(n):
    if n > 0:
        z = maybe(n - 1) + n
    return z


def driver(n):
    out = []
    for i in range(n):
        out.append(fib(i % 20))
        out.append(is_even(i % 50))
        out.append(harmonic(i % 10))
    return out[-9:]


print(driver(300))
print(fib(25))

# Big ints: the frameless path fails where a product leaves the small-int range; far
# more often than it gives up trying.
acc = []
for i in range(1500):
    acc.append(pow3(30 + i % 20))
print(acc[-3:], sum(acc) % 1000003)
print(pow3(100))

# Other types take the ordinary call.
print(fib(10.0), fib(True), harmonic(3.5) if False else harmonic(3))
try:
    fib("x")
except TypeError as e:
    print("TypeError:", e)

# Errors raised deep down carry every frame.
try:
    inv(40)
except ZeroDivisionError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print(len(frames), [(f.name, f.lineno) for f in frames[:3]], frames[-1].line, e)
try:
    maybe(30)
except UnboundLocalError as e:
    print(len(traceback.extract_tb(e.__traceback__)), e)

# The recursion limit, at every depth around two limits.
for limit in (60, 85):
    sys.setrecursionlimit(limit)
    got = []
    for depth in range(limit - 10, limit + 2):
        try:
            got.append(down(depth))
        except RecursionError:
            got.append("RecursionError")
    print(limit, got)
sys.setrecursionlimit(1000)
try:
    down(5000)
except RecursionError as e:
    print("RecursionError:", e)

# Deeper than the frameless nesting allows, under a raised limit.
sys.setrecursionlimit(30000)
print(down(25000))
sys.setrecursionlimit(1000)


# Rebinding: the global, the function's code, the global deleted and added back, new
# globals moving the dict's entries around.
def call_fib(n):
    return fib(n) + fib(n - 1)


print(call_fib(15))
real_fib = fib


def fib(n):
    return -n


print(call_fib(15), real_fib(15))
fib = real_fib
print(call_fib(15))
for i in range(200):
    globals()["g%d" % i] = i
print(call_fib(16))
del fib
try:
    call_fib(3)
except NameError as e:
    print("NameError:", e)
fib = real_fib
print(call_fib(17))


def other(n):
    if n < 2:
        return 1
    return fib(n - 1) * 2


fib.__code__ = other.__code__
print(call_fib(10), real_fib(5))
