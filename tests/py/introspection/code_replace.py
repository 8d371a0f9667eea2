# code.replace(): copies with fields replaced (taipan keeps the bytecode and the local
# variable layout; replacing those is refused, so only the other fields are tried here).
def f(a, b=1):
    return a + b + 10


c = f.__code__
c2 = c.replace(co_name="g", co_qualname="G.g", co_firstlineno=42)
print(c2.co_name, c2.co_qualname, c2.co_firstlineno, c2.co_consts, c2.co_varnames, c2 is c)
print(c.co_name, c.co_qualname, c.co_firstlineno)
print(list(c2.co_lines()) == list(c.co_lines()), c2.co_code == c.co_code)
c3 = c.replace(co_consts=(None, 20))
f.__code__ = c3
print(f(1), f.__code__.co_consts)
c4 = c.replace(co_filename="other.py", co_flags=c.co_flags)
print(c4.co_filename, c4.co_flags == c.co_flags)
for bad in [dict(co_bogus=1), dict(co_name=3), dict(co_argcount=5), dict(co_filename=None)]:
    try:
        c.replace(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
try:
    c.replace(1)
except TypeError as e:
    print(e)
print(c.replace().co_name, list(c.replace().co_lines()) == list(c.co_lines()))
# Lines move with co_firstlineno, as CPython's relative line table makes them.
print([l for _, _, l in c2.co_lines()], [l for _, _, l in c.co_lines()])
print(list(c2.co_positions())[:3])
