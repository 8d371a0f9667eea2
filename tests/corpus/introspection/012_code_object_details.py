def simple(a, b):
    c = a * b
    return c + 1
def with_defaults(x, y=10, *rest, z, **opts):
    return x
def closure_maker(k):
    def inner(v):
        return v + k
    return inner
def gen():
    yield 1
for fn in [simple, with_defaults, closure_maker, closure_maker(1), gen]:
    co = fn.__code__
    print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_varnames)
    print('  free', co.co_freevars, 'cell', co.co_cellvars, 'gen', bool(co.co_flags & 0x20))
print(simple.__code__.co_consts[-1] == 1 or 1 in simple.__code__.co_consts)
lam = lambda q: q
print(lam.__code__.co_name, lam.__code__.co_varnames)
mod_code = compile('x = 1\ny = x + 2', 'mod.py', 'exec')
print(mod_code.co_name, mod_code.co_filename, sorted(mod_code.co_names))
print(sorted(c for c in mod_code.co_consts if c is not None))
