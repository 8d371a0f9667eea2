class A:
    def __repr__(self): return 'A-repr'
class B:
    def __str__(self): return 'B-str'
class C:
    def __repr__(self): return 'C-repr'
    def __str__(self): return 'C-str'
    def __format__(self, spec): return 'C-fmt:' + spec
for o in [A(), C()]:
    print(str(o), repr(o), f'{o}', '%s %r' % (o, o), [o])
b = B()
print(str(b), repr(b).startswith('<__main__.B object at'), f'{b!s}')
print(format(C(), 'x'), '{:y}'.format(C()), '{!r}'.format(C()))
class D:
    def __bytes__(self): return b'bytes!'
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
    def __complex__(self): return 1j
print(bytes(D()), int(D()), float(D()), [0, 1, 2, 3][D()], complex(D()), hex(D()))
