# inspect: predicates, signature text forms, frames and the stack, source, generator state.
import inspect


def f(a, b=2, *c, d, e=5, **g):
    """Docstring.

        Indented detail.
    """
    return a


def h(x: int, /, y: 'str' = 'x', *, z: list = None) -> bool:
    pass


class C:
    def __init__(self, size, label="box"):
        self.size = size

    def m(self, k=1):
        pass

    @staticmethod
    def s():
        pass


for obj in (f, h, C, C(1).m, lambda p, *q: 0):
    sig = inspect.signature(obj)
    print(sig, repr(sig) == "<Signature %s>" % sig)
    for name, p in sig.parameters.items():
        print(" ", name, p.kind.name, p.default is inspect.Parameter.empty, repr(p))
print(inspect.getdoc(f))
print(inspect.isfunction(f), inspect.isclass(int), inspect.ismodule(inspect), inspect.ismethod(C(1).m))
print(inspect.isfunction(C.m), inspect.isbuiltin(len), inspect.isroutine(len), inspect.iscode(f.__code__))
print([n for n, _ in inspect.getmembers(C, inspect.isfunction)], inspect.getmro(bool))


def here():
    frame = inspect.currentframe()
    return frame.f_code.co_name, inspect.stack()[0].function, inspect.stack()[1].function


print(here())
print(inspect.getsource(f).splitlines()[0], inspect.getsourcelines(here)[1])


def gen():
    yield 1


g = gen()
print(inspect.getgeneratorstate(g), end=" ")
next(g)
print(inspect.getgeneratorstate(g), end=" ")
g.close()
print(inspect.getgeneratorstate(g))
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(g), inspect.iscoroutinefunction(gen))
print(inspect.cleandoc("  a\n    b\n  c\n"))
