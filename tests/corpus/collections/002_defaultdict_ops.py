from collections import defaultdict
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd['zz'], len(dd))
cnt = defaultdict(int)
for c in 'mississippi':
    cnt[c] += 1
print(sorted(cnt.items()))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 5
print(nested['x']['y'], dict(nested['x']))
plain = defaultdict()
try:
    plain['k']
except KeyError as e:
    print('KeyError', e)
print(dd.default_factory, 'q' in dd, dd.get('q'), 'q' in dd)
s = defaultdict(set)
s[1].add('a'); s[1].add('a'); print(s[1], isinstance(s, dict))
