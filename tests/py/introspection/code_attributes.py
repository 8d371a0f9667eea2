# Code object attributes: counts, names, constants, flags, line tables.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    "docstring"
    x = a + b
    def g(y):
        return x + y + c
    return g


def gen():
    yield 1


def plain():
    return None


co = f.__code__
for name in ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
             "co_varnames", "co_cellvars", "co_freevars", "co_names", "co_name",
             "co_qualname", "co_firstlineno", "co_stacksize", "co_flags"]:
    print(name, getattr(co, name))
print("consts", [c for c in co.co_consts if not hasattr(c, "co_code")])
print("nested", [c.co_name for c in co.co_consts if hasattr(c, "co_code")])
inner = f(1, d=4)
gco = inner.__code__
print("inner", gco.co_name, gco.co_qualname, gco.co_freevars, gco.co_varnames, gco.co_flags)
print("gen flags", gen.__code__.co_flags, hex(gen.__code__.co_flags & 0x20))
print("filename ok", co.co_filename.endswith("code_attributes.py"))
print(type(co.co_code), len(co.co_code) % 2, len(co.co_code) > 0)
# A tiny function has the same code layout in taipan and CPython.
pc = plain.__code__
print(list(pc.co_lines()))
print(list(pc.co_positions()))
print(pc.co_linetable)
print(pc.co_exceptiontable)
print(pc.co_stacksize, pc.co_nlocals, pc.co_consts, pc.co_names)


def t():
    try:
        return 1
    except ValueError:
        return 2
print(type(t.__code__.co_exceptiontable), len(t.__code__.co_exceptiontable) > 0)
# co_lines ranges cover the code without gaps.
ranges = list(co.co_lines())
print(ranges[0][0] == 0, ranges[-1][1] == len(co.co_code),
      all(ranges[i][1] == ranges[i + 1][0] for i in range(len(ranges) - 1)))
print(len(list(co.co_positions())) == len(co.co_code) // 2)
# Lines of the body appear in co_lines.
print(sorted({l for _, _, l in co.co_lines() if l is not None}))
c2 = compile("x = 1\ny = x + 2\n", "<mod>", "exec")
print(c2.co_name, c2.co_filename, c2.co_names, c2.co_consts, c2.co_firstlineno, c2.co_flags)
