l = list(range(10))
print(l[2:7], l[::3], l[::-2], l[-3:], l[:-7], l[8:2:-2])
l[1:3] = ['a', 'b', 'c']; print(l)
l[::2] = [0] * 6; print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print('ValueError', e)
del l[1:4]; print(l)
l[len(l):] = [100]; print(l)
l[:0] = [-1]; print(l)
m = l[:]; m[0] = 'changed'; print(l[0], m[0])
nested = [[1, 2], [3, 4]]
shallow = nested[:]; shallow[0].append(9); print(nested)
print(l[100:200], l[-100:1])
