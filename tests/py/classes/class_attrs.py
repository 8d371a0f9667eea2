# Class attributes vs instance attributes, shadowing and mutation.
class Config:
    debug = False
    tags = []
    level = 1
    def enable(self):
        self.debug = True
a, b = Config(), Config()
a.enable()
print(a.debug, b.debug, Config.debug, "debug" in vars(a), "debug" in vars(b))
a.tags.append("shared!")
print(b.tags, Config.tags, a.tags is Config.tags)
a.tags = ["own"]
print(a.tags, b.tags)
Config.level = 5
print(a.level, b.level)
a.level = 9
Config.level = 7
print(a.level, b.level)
del a.level
print(a.level)
try:
    del a.level
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Config.missing
except AttributeError as e:
    print("AttributeError:", e)
class Counter:
    count = 0
    def __init__(self):
        self.count += 1
c1 = Counter()
c2 = Counter()
print(c1.count, c2.count, Counter.count)
class Base:
    x = "base"
class Child(Base):
    pass
print(Child.x, Child().x)
Base.x = "changed"
print(Child.x)
Child.x = "child's own"
print(Child.x, Base.x, "x" in Child.__dict__)
del Child.x
print(Child.x)
class Meta:
    items = [1, 2]
    size = len(items)
    doubled = [i * 2 for i in items]
print(Meta.size, Meta.doubled)
print(sorted(k for k in vars(Config) if not k.startswith("__")))
setattr(Config, "dynamic", 42)
print(Config().dynamic, getattr(Config, "dynamic"), hasattr(Config, "nothing"))
class Descr:
    def method(self):
        return "method"
d = Descr()
d.method = lambda: "instance override"
print(d.method(), Descr().method(), Descr.method(d))
class Shadow:
    def __init__(self):
        self.value = "instance"
    value = "class"
print(Shadow().value, Shadow.value)
