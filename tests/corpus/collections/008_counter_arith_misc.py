from collections import Counter
a = Counter('aaabbc')
b = Counter('abbbd')
print(sorted((a + b).items()), sorted((a - b).items()), sorted((a & b).items()), sorted((a | b).items()))
print(a == Counter({'a': 3, 'b': 2, 'c': 1}), a['missing'], 'missing' in a)
a['z'] = 0
print(len(a), sorted(+a), sorted(-Counter(x=-2, y=1)))
c = Counter()
for word in 'red blue red green blue blue'.split():
    c[word] += 1
print(c, c.most_common(1), list(c.elements()))
print(Counter({'x': 2}) <= Counter({'x': 3}) if hasattr(Counter, '__le__') else 'n/a')
