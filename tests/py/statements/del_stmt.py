# del on names, attributes, items, slices and nested targets.
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
try:
    del x
except NameError as e:
    print("NameError:", e)
a, b, c = 1, 2, 3
del a, b
print("a" in dir(), "c" in dir())
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
try:
    del lst[10]
except IndexError as e:
    print("IndexError:", e)
d = {"k": 1, "j": 2, "i": 3}
del d["k"]
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
print(d)
class Thing:
    cls_attr = "class"
    def __init__(self):
        self.attr = 1
t = Thing()
del t.attr
try:
    del t.attr
except AttributeError as e:
    print("AttributeError:", e)
del Thing.cls_attr
print(hasattr(Thing, "cls_attr"), vars(t))
nested = {"outer": [1, {"inner": 2, "keep": 3}]}
del nested["outer"][1]["inner"]
print(nested)
e, f = [1, 2], [3, 4]
del (e[0], f[1])
print(e, f)
del [e, f]
print("e" in dir(), "f" in dir())
class Tracker:
    def __delitem__(self, key):
        print("  __delitem__", key)
    def __delattr__(self, name):
        print("  __delattr__", name)
tr = Tracker()
del tr[1:2, "x"]
del tr.anything
def local_del():
    v = "local"
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(local_del())
g = "global"
def del_global():
    global g
    del g
del_global()
print("g" in globals())
for i in range(3):
    pass
del i
print("i" in dir())
t2 = (1, 2)
try:
    del t2[0]
except TypeError as e:
    print("TypeError:", e)
s = "str"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
