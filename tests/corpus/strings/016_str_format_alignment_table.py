rows = [('apple', 1.5, 10), ('banana', 0.25, 150), ('cherry', 12.0, 3)]
print(f"{'name':<10}|{'price':>8}|{'qty':^6}|")
print('-' * 27)
for n, p, q in rows:
    print(f'{n:<10}|{p:>8.2f}|{q:^6d}|')
print(f"{'total':<10}|{sum(p * q for _, p, q in rows):>8.2f}|{sum(q for *_, q in rows):^6}|")
for i in range(1, 4):
    print(' '.join(f'{i * j:3d}' for j in range(1, 6)))
print('{:<5}{:>5}'.format('ab', 'cd') + '|')
print('%-10s|%10s|' % ('left', 'right'))
print('%05.1f|%-8.3e|%+.2g' % (3.14159, 1234.5, 0.000123))
