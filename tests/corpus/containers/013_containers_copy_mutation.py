a = [1, [2, 3]]
b = list(a)
c = a
b[1].append(4); c.append(5)
print(a, b, c is a, b is a)
d = {'k': [1]}
e = dict(d)
e['k'].append(2); e['j'] = 0
print(d, e)
l = [1, 2, 3, 4, 5, 6]
for x in l[:]:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 3]
l[1:1] = [9, 9]
print(l)
l = list(range(5))
print([l.pop() for _ in range(2)], l)
s = {1, 2, 3}
for x in list(s):
    s.discard(x)
print(s)
