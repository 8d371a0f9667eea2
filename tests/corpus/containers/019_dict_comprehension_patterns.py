squares = {n: n * n for n in range(6)}
print(squares, {v: k for k, v in squares.items() if v % 2})
words = ['alpha', 'beta', 'gamma', 'delta']
print({w: len(w) for w in words}, {w[0]: w for w in words})
print({k: v for k, v in sorted(squares.items(), reverse=True)})
m = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(m)
print(dict(enumerate('abc')), dict(map(lambda kv: (kv[1], kv[0]), enumerate('xy'))))
merged = {**{'a': 1, 'b': 2}, **{'b': 3, 'c': 4}}
print(merged, {k: merged[k] for k in merged.keys() - {'b'}} == {'a': 1, 'c': 4})
print(sorted({x % 4: x for x in range(10)}.items()))
