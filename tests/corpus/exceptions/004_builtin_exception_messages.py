five = 5
tests = [
    lambda: [1][5],
    lambda: {}['k'],
    lambda: 1 + 'a',
    lambda: 'a' + 1,
    lambda: int('x'),
    lambda: None.foo,
    lambda: undefined_name,
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: [].pop(),
    lambda: (1, 2).index(5),
    lambda: len(5),
    lambda: 'abc'[10],
    lambda: next(iter([])),
    lambda: int.x,
    lambda: object().__dict__,
    lambda: [1, 2] * 'a',
    lambda: abs('a'),
    lambda: (lambda x: x)(),
    lambda: (lambda x: x)(1, 2),
    lambda: (lambda: 0)(y=1),
    lambda: {}.get(),
    lambda: 2 ** 'a',
    lambda: -'a',
    lambda: [] < 1,
    lambda: sorted([1, None]),
    lambda: import_nothing(),
    lambda: __import__('no_such_module_xyz'),
    lambda: 'a'.foo(),
    lambda: five(),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ':', e)
