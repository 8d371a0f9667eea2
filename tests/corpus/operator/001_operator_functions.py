import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8))
print(op.neg(5), op.pos(-5), op.abs(-3), op.invert(0), op.not_(1), op.truth([]), op.index(5))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 4), op.rshift(16, 2))
print(op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf('abc', 'c'))
print(op.is_(None, None), op.is_not(1, None), op.getitem([5, 6], 1), op.matmul.__name__)
l = [1, 2, 3]
op.setitem(l, 0, 'x'); op.delitem(l, 1); print(l)
print(op.iadd([1], [2]), op.imul('ab', 2))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5))
