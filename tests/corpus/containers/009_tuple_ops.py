t = (1, 2, 3, 2)
print(t, len(t), t[1], t[-1], t[1:3], t.count(2), t.index(3), 2 in t)
print(t + (4,), t * 2, (1,) * 0, () == tuple(), (1, 2) < (1, 2, 0), (2,) > (1, 9))
a, b, *rest = t; print(a, b, rest)
*init, last = t; print(init, last)
x, (y, z) = 1, (2, 3); print(x, y, z)
a, b = b, a; print(a, b)
print(tuple(reversed(t)), sorted(t), hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 9
except TypeError as e:
    print('TypeError', e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print('ValueError', e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print('ValueError', e)
l = ([],)
l[0].append(1); print(l)
print(type(()).__name__, (1) == 1, type((1,)).__name__)
