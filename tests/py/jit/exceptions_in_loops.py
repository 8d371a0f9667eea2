# Exceptions raised and caught inside compiled loops, tracebacks and frames as the
# interpreter shows them, deep recursion.
import sys
import traceback

def lookups(d, keys):
    found = missing = 0
    for k in keys:
        try:
            found += d[k]
        except KeyError:
            missing += 1
        finally:
            found += 0
    return found, missing

print(lookups({i: i for i in range(0, 100, 3)}, range(100)))

def nested(n):
    out = []
    for i in range(n):
        try:
            try:
                if i % 4 == 0:
                    raise ValueError(i)
                out.append(i)
            finally:
                out.append(-1)
        except ValueError as e:
            out.append(str(e))
    return out[-8:], len(out)

print(nested(50))

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, sorted(f.f_locals)

def looks_at_caller(n):
    a = 1
    for i in range(n):
        b = i
        r = where()
    return r

print(looks_at_caller(20))

def fails_deep(n):
    x = 10
    for i in range(n):
        x -= 1
        y = 100 // x
    return y

try:
    fails_deep(20)
except ZeroDivisionError as e:
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)], e)

def recurse(n):
    return recurse(n + 1) + 1

try:
    recurse(0)
except RecursionError as e:
    print("RecursionError:", e)

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

print(depth(900))
sys.setrecursionlimit(5000)
print(depth(4500))

def with_loop(n):
    import io
    t = 0
    for i in range(n):
        with io.StringIO() as s:
            s.write("x" * i)
            t += len(s.getvalue())
    return t

print(with_loop(40))

def unbound(n):
    for i in range(n):
        if i > 5:
            print(q)
        q = i

try:
    unbound(10)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
