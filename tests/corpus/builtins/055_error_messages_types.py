S, L, I, N, F = 'abc', [1], 1, None, 1.0
cases = [
    lambda: 1 + None, lambda: None + 1, lambda: [1] + (1,), lambda: S * S, lambda: {} + {},
    lambda: 1 < 'a', lambda: [1] > 'a', lambda: None < None, lambda: I @ I, lambda: ~F,
    lambda: S[F], lambda: L[N], lambda: {}[[]], lambda: I[0], lambda: N[0],
    lambda: len(1.0), lambda: iter(None), lambda: next([]), lambda: hash({}), lambda: (I, I)[5],
    lambda: 'x'.join(1), lambda: int(()), lambda: float([]), lambda: divmod('a', 1), lambda: ord(''),
    lambda: chr('a'), lambda: [].index(1), lambda: 'abc'.index('z'), lambda: I.x, lambda: type.mro(1),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, '-', e)
