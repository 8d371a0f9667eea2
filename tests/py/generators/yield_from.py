# yield from: delegation, return values, send/throw passthrough.
def inner():
    x = yield "inner-1"
    print("  inner got", x)
    y = yield "inner-2"
    print("  inner got", y)
    return f"inner-result({x},{y})"
def outer():
    r = yield from inner()
    print("  outer received", r)
    yield "outer-done"
    return "outer-result"
g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in (1, 2)))))
def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)
t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
print(list(tree(t)))
def ret_only():
    return 42
    yield
def wrapper():
    v = yield from ret_only()
    yield v
print(list(wrapper()))
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("  catcher handled", e)
def delegator():
    yield from catcher()
d = delegator()
print(next(d), d.throw(ValueError("boom")), next(d))
def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("  inner finally")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("  outer finally")
c = closing_outer()
print(next(c))
c.close()
print("closed")
def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from depth(n - 1)
    yield f"level {n}"
    return r + 1
gen = depth(3)
print(list(gen))
try:
    d2 = depth(2)
    while True:
        next(d2)
except StopIteration as e:
    print("depth result", e.value)
def from_iterable_of_iter():
    yield from iter([7, 8])
    yield from {9: "x"}
print(list(from_iterable_of_iter()))
