import inspect
def g():
    yield 1
    yield 2
it = g()
print(inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorstate(it))
list(it)
print(inspect.getgeneratorstate(it))
it2 = g()
it2.close()
print(inspect.getgeneratorstate(it2))
print(it.__name__, it.__qualname__, g.__name__)
print(inspect.isgeneratorfunction(g), inspect.isgenerator(it), inspect.isgeneratorfunction(len))
def self_ref():
    yield gen.gi_running
gen = self_ref()
print(next(gen), gen.gi_running)
print(gen.gi_code.co_name, gen.gi_frame is not None)
