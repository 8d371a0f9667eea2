vals = [1, -2, 3.5, 'x', "q'q", b'\x01', [1, (2,)], {'k': {1, 2}}, None, True, (), frozenset({3}), 1 + 2j, range(2, 5)]
for v in vals:
    r = repr(v)
    print(r, eval(r) == v)
