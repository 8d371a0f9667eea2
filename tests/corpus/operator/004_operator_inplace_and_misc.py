import operator as op
l = [1]
r = op.iadd(l, [2])
print(r is l, l)
t = (1,)
r2 = op.iadd(t, (2,))
print(r2 is t, t, r2)
s = 'ab'
print(op.imul(s, 2), op.isub(10, 3), op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 3), op.ipow(2, 5))
print(op.ilshift(1, 3), op.irshift(16, 1), op.iand(6, 3), op.ior(4, 1), op.ixor(5, 1), op.iconcat([1], [2]))
print(op.attrgetter('real', 'imag')(3 + 4j), op.itemgetter(1, 0)('ab'))
print(repr(op.itemgetter(1)), repr(op.attrgetter('a.b')), repr(op.methodcaller('f', 1, k=2)))
print(op.call(len, 'abc') if hasattr(op, 'call') else 'no op.call', op.__name__)
