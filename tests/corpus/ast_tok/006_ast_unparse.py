import ast
for src in ['x = (1 + 2) * 3', 'def f(a, *, b=2):\n    return a', 'lambda: (yield)', "f'{x!r:>5}'", 'a[1:2, ...]', 'class A(B):\n    pass', '[x for x in y if x]', 'not (a and b)', '-(-1)', 'x: int = 5']:
    print(ast.unparse(ast.parse(src)))
