# close(): GeneratorExit, finally blocks, and misbehaving generators.
def resource(name):
    print(f"  open {name}")
    try:
        for i in range(3):
            yield f"{name}{i}"
    finally:
        print(f"  close {name}")
g = resource("A")
print(next(g))
g.close()
print("after close")
g.close()
try:
    next(g)
except StopIteration:
    print("StopIteration after close")
for item in resource("B"):
    if item == "B1":
        break
print("loop broken")
def watcher():
    try:
        yield 1
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise
w = watcher()
next(w)
w.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())
unstarted = resource("C")
unstarted.close()
print("unstarted close ran no finally")
def raising_finally():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
rf = raising_finally()
next(rf)
try:
    rf.close()
except ValueError as e:
    print("ValueError:", e)
def nested():
    try:
        try:
            yield "x"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
n = nested()
next(n)
n.close()
def exit_in_with():
    class CM:
        def __enter__(self):
            print("  enter")
        def __exit__(self, *exc):
            print("  exit with", exc[0].__name__ if exc[0] else None)
    with CM():
        yield 1
e = exit_in_with()
next(e)
e.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
