# Attribute loads, stores and method lookups go through per-site caches keyed by type
# version in compiled code; every way a cached answer can go stale must be noticed.
import math


class Base:
    kind = "base"

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def name(self):
        return self.kind


def make_classes(n):
    out = []
    for k in range(n):
        out.append(type("C%d" % k, (Base,), {"kind": "c%d" % k}))
    return out


def read_all(objs):
    total = 0
    names = []
    for o in objs:
        total += o.v
        total += o.get()
        names.append(o.name())
    return total, names[:3], names[-2:]


# A site seeing more classes than its cache holds.
classes = make_classes(7)
objs = [c(i) for i, c in enumerate(classes)] * 10
for _ in range(3):
    print(read_all(objs))


def bump(objs, d):
    for o in objs:
        o.v = o.v + d
        o.extra = d


for _ in range(3):
    bump(objs, 1)
print(read_all(objs), objs[0].extra)


# An attribute deleted from one instance: AttributeError with CPython's message.
def get_v(o):
    return o.v


a, b = Base(1), Base(2)
for i in range(50):
    get_v(a)
del b.v
try:
    get_v(b)
except AttributeError as e:
    print("AttributeError", e)


# An instance attribute shadowing a method, after the site was compiled.
def call_get(o):
    return o.get()


c = Base(5)
print(sum(call_get(c) for _ in range(40)))
c.get = lambda: "shadowed"
print(call_get(c), call_get(Base(6)))

# A method replaced in the class; a class attribute changed.
Base.get = lambda self: self.v * 100
print(call_get(Base(7)), read_all([Base(1)] * 3))
Base.kind = "changed"
print(Base(0).name(), classes[0](0).name())


# __getattr__, properties, __slots__ and __getattribute__ added later.
class Lazy:
    def __getattr__(self, name):
        return "lazy " + name


class Prop:
    def __init__(self):
        self._x = 3

    @property
    def v(self):
        return self._x * 2


class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


mixed = [Base(1), Lazy(), Prop(), Slotted(4)] * 5
print([get_v(o) for o in mixed][:4])


class Spy(Base):
    pass


spies = [Spy(i) for i in range(30)]
print(sum(get_v(s) for s in spies))
Spy.__getattribute__ = lambda self, name: 42
print(sum(get_v(s) for s in spies))


# Many attribute names on one class (instances switch to a dict).
class Wide:
    pass


def fill(o, n):
    for i in range(n):
        setattr(o, "a%d" % i, i)
    return o


w = fill(Wide(), 40)


def read_wide(o):
    return o.a0 + o.a39


print(sum(read_wide(w) for _ in range(50)))
w.__dict__["a0"] = 1000
print(read_wide(w))

# Modules and builtin methods through the same instructions.
acc = []
for i in range(40):
    acc.append(math.floor(i / 3))
print(acc[-3:], math.pi > 3)


# Stores to a new name on some instances only.
def maybe_tag(objs):
    for k, o in enumerate(objs):
        if k % 3 == 0:
            o.tag = k
    return [getattr(o, "tag", None) for o in objs][:6]


print(maybe_tag([Base(i) for i in range(30)]))
