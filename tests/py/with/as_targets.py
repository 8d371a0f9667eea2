# `as` targets: unpacking, attributes, subscripts, and a reusable class.
class Pair:
    def __enter__(self):
        return (1, (2, 3))
    def __exit__(self, *a):
        return False
with Pair() as (a, (b, c)):
    print(a, b, c)
with Pair() as [first, second]:
    print(first, second)
with Pair() as (head, *rest):
    print(head, rest)
class Holder:
    pass
h = Holder()
with Pair() as h.value:
    pass
print(h.value)
d = {}
with Pair() as d["key"]:
    pass
print(d)
items = [None, None]
with Pair() as items[1]:
    pass
print(items)
try:
    with Pair() as (x, y, z):
        print("unreachable")
except ValueError as e:
    print("ValueError:", e)
class Resource:
    opened = 0
    def __init__(self, name):
        self.name = name
        self.is_open = False
    def __enter__(self):
        Resource.opened += 1
        self.is_open = True
        return self
    def __exit__(self, *a):
        self.is_open = False
    def read(self):
        if not self.is_open:
            raise ValueError(f"I/O operation on closed resource {self.name}")
        return f"data from {self.name}"
with Resource("r1") as r:
    print(r.read(), r.is_open)
print(r.is_open)
try:
    r.read()
except ValueError as e:
    print("ValueError:", e)
res = Resource("reused")
for _ in range(2):
    with res as inner:
        print(inner is res, inner.read())
print(Resource.opened)
class Timer:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append("start")
        return self.events
    def __exit__(self, *a):
        self.events.append("stop")
t = Timer()
with t as events:
    events.append("work")
print(t.events)
