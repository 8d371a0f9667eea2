# __init_subclass__ and __set_name__.
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print(f"  registered {cls.__name__} as {cls.plugin_name}")
class CsvPlugin(Plugin, name="csv"):
    pass
class JsonPlugin(Plugin):
    pass
class Derived(CsvPlugin, name="derived-csv"):
    pass
print(sorted(Plugin.registry), CsvPlugin.plugin_name, Derived.plugin_name, hasattr(Plugin, "plugin_name"))
try:
    class Wrong(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Field:
    def __set_name__(self, owner, name):
        print(f"  __set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Model:
    first = Field()
    second = Field()
m = Model()
print(m.first, Model.first.name, Model.second.private)
m.first = "value"
print(m.first, m.second, m._first, vars(m))
class Positive:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value}")
        obj.__dict__[self.name] = value
class Order:
    qty = Positive()
    price = Positive()
    def __init__(self, qty, price):
        self.qty = qty
        self.price = price
o = Order(3, 2.5)
print(o.qty * o.price)
try:
    Order(0, 1)
except ValueError as e:
    print("ValueError:", e)
class Late:
    pass
f = Field()
Late.attr = f
print(hasattr(f, "name"))
class Counted:
    subclasses = 0
    def __init_subclass__(cls):
        Counted.subclasses += 1
class One(Counted): pass
class Two(Counted): pass
class Three(One): pass
print(Counted.subclasses)
