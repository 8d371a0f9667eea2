# getattr/setattr/hasattr/delattr, vars and dir.
class Widget:
    kind = "widget"
    def __init__(self, name):
        self.name = name
        self.size = 1
    def grow(self):
        self.size += 1
        return self.size
    def _private(self):
        pass
w = Widget("w1")
print(getattr(w, "name"), getattr(w, "kind"), getattr(w, "missing", "default"), getattr(w, "grow")())
setattr(w, "color", "red")
setattr(w, "size", 10)
print(w.color, w.size, hasattr(w, "color"), hasattr(w, "nope"), hasattr(Widget, "grow"))
delattr(w, "color")
print(hasattr(w, "color"), vars(w))
try:
    getattr(w, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(w, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(w, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(w, None, 1)
except TypeError as e:
    print("TypeError:", e)
setattr(w, "with space", 5)
print(getattr(w, "with space"), vars(w)["with space"])
print(sorted(n for n in dir(w) if not n.startswith("__")))
print(sorted(n for n in dir(Widget) if not n.startswith("__")))
v = vars(w)
v["injected"] = True
print(w.injected, vars(w) is w.__dict__)
print(sorted(k for k in vars(Widget) if not k.startswith("__")), type(vars(Widget)).__name__)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
def f():
    local_one = 1
    local_two = 2
    return sorted(vars()), sorted(dir()), sorted(locals())
print(f())
import math
print("sqrt" in dir(math), hasattr(math, "pi"), getattr(math, "tau") == 2 * math.pi)
print(sorted(dir([]))[-3:], "append" in dir(list), len([n for n in dir(object) if not n.startswith("_")]))
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
print(dir(WithDir()))
