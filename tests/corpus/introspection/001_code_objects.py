def f(a, b, *args, c=1, **kw):
    x = a + b
    y = 'const'
    return x, y, 42
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames, co.co_nlocals)
print(co.co_filename.endswith('.py'), co.co_firstlineno)
print(None in co.co_consts, 'const' in co.co_consts, 42 in co.co_consts)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08))
def g(): pass
print(g.__code__.co_argcount, g.__code__.co_varnames, g.__code__.co_consts)
def h(n):
    def inner(): return n
    return inner
print(h.__code__.co_cellvars, h(1).__code__.co_freevars, h.__code__.co_name)
print(type(co).__name__, type(co.co_code).__name__)
