import inspect
def f(a, b=2, *c, d, e=5, **g):
    """Docstring."""
    return a
sig = inspect.signature(f)
print(sig)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default is inspect.Parameter.empty)
print(inspect.getdoc(f), inspect.isfunction(f), inspect.isclass(int), inspect.ismodule(inspect))
class C:
    def m(self): pass
    @staticmethod
    def s(): pass
print(inspect.ismethod(C().m), inspect.isfunction(C.m), inspect.isbuiltin(len))
print([n for n, _ in inspect.getmembers(C, inspect.isfunction)])
print(inspect.getmro(bool))
def here():
    return inspect.currentframe().f_code.co_name, inspect.stack()[0].function
print(here())
print(inspect.getsource(f).splitlines()[0])
