class Tracer:
    def __init__(self, name): self.name = name
    def __getattribute__(self, k):
        if not k.startswith('__'):
            print('getattribute', k)
        return object.__getattribute__(self, k)
    def __getattr__(self, k):
        print('getattr fallback', k)
        return 'fallback'
    def method(self): return 'method result'
t = Tracer('t')
print(t.name)
print(t.method())
print(t.missing)
class Order:
    def __init__(self): print('__init__')
    def __new__(cls):
        print('__new__'); return super().__new__(cls)
    def __del__(self): pass
o = Order()
class WithLen:
    def __len__(self): return 0
class WithBoolAndLen:
    def __bool__(self): print('__bool__'); return True
    def __len__(self): print('__len__'); return 0
print(bool(WithLen()), bool(WithBoolAndLen()))
