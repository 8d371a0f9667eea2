d = {1: 'a', 2: 'b'}
try:
    for k in d:
        d[k + 10] = 'x'
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print('RuntimeError', e)
d2 = {1: 'a', 2: 'b'}
for k in d2:
    d2[k] = 'changed'
print(d2)
l = [3, 1, 2]
try:
    l.sort(key=lambda v: l.append(v) or v)
except ValueError as e:
    print('ValueError', e)
l2 = [1, 2, 3]
for x in l2:
    if x == 1:
        l2.append(4)
print(l2)
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print('TypeError', e)
def bad_key(v):
    if v == 2: raise KeyError('key failed')
    return v
try:
    sorted([1, 2, 3], key=bad_key)
except KeyError as e:
    print('KeyError', e)
