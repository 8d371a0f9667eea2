class Interface:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
        cls.complete = not missing
        cls.missing = missing
class Storage(Interface):
    required = ('get', 'put')
class Mem(Storage):
    def __init__(self): self.d = {}
    def get(self, k): return self.d.get(k)
    def put(self, k, v): self.d[k] = v
class Half(Storage):
    def get(self, k): return None
print(Mem.complete, Mem.missing, Half.complete, Half.missing)
m = Mem(); m.put('a', 1); print(m.get('a'), m.get('b'))
print(Storage.__subclasses__() == [Mem, Half])
