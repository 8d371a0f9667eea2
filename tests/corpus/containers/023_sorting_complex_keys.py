records = [
    ('smith', 'john', 35, 55000.0),
    ('doe', 'jane', 28, 72000.0),
    ('smith', 'anna', 35, 61000.0),
    ('brown', 'bob', 42, 55000.0),
    ('doe', 'adam', 28, 48000.0),
]
for r in sorted(records):
    print(r)
print()
for r in sorted(records, key=lambda r: (-r[2], r[0], r[1])):
    print(r)
print()
for r in sorted(records, key=lambda r: (r[3], r[1]), reverse=True):
    print(r)
print(sorted(records, key=lambda r: r[3])[0][1], max(records, key=lambda r: (r[2], r[3]))[1])
