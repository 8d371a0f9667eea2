class Plugin:
    plugins = []
    def __init_subclass__(cls, kind='default', **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        Plugin.plugins.append(cls.__name__)
class A(Plugin): pass
class B(Plugin, kind='special'): pass
print(Plugin.plugins, A.kind, B.kind)
class G:
    def __class_getitem__(cls, item): return f'G[{item}]'
print(G[int], G['x'])
print(list[int], dict[str, int], type(list[int]).__name__)
class Ctx:
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit', a[0]); return False
with Ctx() as c:
    print(type(c).__name__)
