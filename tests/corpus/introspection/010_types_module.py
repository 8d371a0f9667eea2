import types
def f(): pass
print(type(f) is types.FunctionType, type(len) is types.BuiltinFunctionType, type(lambda: 0) is types.LambdaType)
class C:
    def m(self): pass
print(type(C().m) is types.MethodType, type((x for x in [])) is types.GeneratorType)
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b='x', c=[1]))
print(types.NoneType, type(...) is types.EllipsisType, types.MappingProxyType({'k': 1})['k'])
mp = types.MappingProxyType({'a': 1})
try:
    mp['b'] = 2
except TypeError as e:
    print('TypeError', e)
print(type(C.__dict__).__name__)
