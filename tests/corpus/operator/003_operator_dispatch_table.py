import operator
ops = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv, '//': operator.floordiv, '%': operator.mod, '**': operator.pow,
       '==': operator.eq, '<': operator.lt, '&': operator.and_, '|': operator.or_, '^': operator.xor, '<<': operator.lshift}
for sym, f in ops.items():
    print(f'7 {sym} 3 =', f(7, 3))
def calc(expr):
    a, op, b = expr.split()
    return ops[op](int(a), int(b))
print([calc(e) for e in ['2 + 2', '10 // 3', '2 ** 10', '5 == 5']])
print(operator.itemgetter(-1)([1, 2, 3]), sorted(['b', 'A', 'c'], key=operator.methodcaller('lower')))
print(list(map(operator.neg, [1, -2])), list(map(operator.mul, [1, 2], [3, 4])))
print(operator.index(7), operator.not_(None), operator.truth('x'), operator.abs(-2.5))
