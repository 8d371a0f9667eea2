samples = ['a b c', '  leading', 'trailing  ', 'multi   space', '', 'tab\tsep', 'new\nline']
for s in samples:
    parts = s.split()
    print(repr(s), parts, repr(' '.join(parts)), s.split(' '))
csv = 'name,age,city\nann,30,nyc\nbob,25,'
rows = [line.split(',') for line in csv.splitlines()]
print(rows)
print('\n'.join(','.join(r) for r in rows) == csv)
print('::'.join('abc'), '-'.join(str(i) for i in range(5)), ''.join(reversed('abc')))
