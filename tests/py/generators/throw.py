# Generator.throw: handled, unhandled, and after completion.
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("  handled ValueError:", e)
            n += 100
        n += 1
r = resilient()
print(next(r), next(r))
print(r.throw(ValueError("bad")))
print(next(r))
try:
    r.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError:", e)
try:
    next(r)
except StopIteration:
    print("generator is finished after unhandled throw")
def fresh():
    print("  body never starts")
    yield 1
f = fresh()
try:
    f.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(f))
def cleanup():
    try:
        yield "a"
        yield "b"
    finally:
        print("  cleanup ran")
c = cleanup()
next(c)
try:
    c.throw(TypeError, "via class")
except TypeError as e:
    print("TypeError:", e)
def converter():
    try:
        yield 1
    except ZeroDivisionError:
        raise ValueError("converted")
cv = converter()
next(cv)
try:
    cv.throw(ZeroDivisionError())
except ValueError as e:
    print("ValueError:", e, "| context:", type(e.__context__).__name__)
def yields_in_except():
    try:
        yield "first"
    except Exception as e:
        yield f"recovered from {type(e).__name__}"
    yield "last"
y = yields_in_except()
print(next(y), y.throw(IndexError), next(y))
done = yields_in_except()
list(done)
try:
    done.throw(OSError("late"))
except OSError as e:
    print("OSError:", e)
def stop_inside():
    yield 1
    raise StopIteration("explicit")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
