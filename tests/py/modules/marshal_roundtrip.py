# marshal: every constant kind and code objects survive dumps/loads (the bytes are
# taipan's own format, so only the round trip is compared with CPython).
import marshal

values = [None, True, False, ..., 0, -1, 2**62, -2**63, 2**64 + 1, -(10**40), 1.5, -0.0,
          float('inf'), 2 + 3j, '', 'héllo €𝄞', 'a' * 1000, b'', b'\x00\xff', (), (1, ('x', 2.0)),
          [1, [2]], {1, 2}, frozenset({'a'}), {'k': [1, {2: 3}]}]
for v in values:
    back = marshal.loads(marshal.dumps(v))
    print(repr(back) == repr(v), type(back).__name__)
nan = marshal.loads(marshal.dumps(float('nan')))
print(nan != nan)

src = '''
def f(a, b=2, *args, k, **kw):
    def g():
        return a + b
    return [g() * i for i in range(k)], sorted(kw)
class C:
    x = f(1, k=3, z=1)
'''
code = compile(src, 'm.py', 'exec')
back = marshal.loads(marshal.dumps(code))
print(back.co_code == code.co_code, back.co_names == code.co_names, back.co_filename)
ns = {}
exec(back, ns)
print(ns['C'].x, ns['f'].__code__.co_varnames, ns['f'].__code__.co_freevars)
for bad in [b'', b'\x00', marshal.dumps((1, 2))[:-1]]:
    try:
        marshal.loads(bad)
    except (ValueError, EOFError, TypeError) as e:
        print('refused')
try:
    marshal.dumps(object())
except ValueError as e:
    print('ValueError', e)
