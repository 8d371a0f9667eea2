class Dyn:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        print('getattr', name)
        if name.startswith('x'): return name.upper()
        raise AttributeError(name)
d = Dyn()
print(d.real, d.xyz)
try:
    d.nope
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(d, 'nope'), getattr(d, 'xq', 0))
class Log:
    def __setattr__(self, k, v):
        print('set', k, v); super().__setattr__(k, v)
    def __delattr__(self, k):
        print('del', k); super().__delattr__(k)
    def __getattribute__(self, k):
        if k == 'secret': return 'intercepted'
        return super().__getattribute__(k)
l = Log(); l.a = 1; print(l.a, l.secret); del l.a
print(hasattr(l, 'a'))
