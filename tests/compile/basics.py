x = 1
y = x + 2 * 3
print(x, y, sep='-')
del x
a, b = b, a
a, *b, c = range(10)
z = [1, 2, 3]
w = (1, 2, 3)
s = {1, 2, x}
d = {'a': 1, 'b': y}
e = {**d, 'c': 3}
f = [*z, *w]
g = z[1:2]
h = z[::2]
z[0] = 5
z[1:3] = [7]
del z[0]
o.attr = 4
del o.attr
x += 1
o.attr += 2
z[i] *= 3
