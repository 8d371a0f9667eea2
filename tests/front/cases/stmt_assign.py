# Plain, chained, tuple/list and starred assignment targets.
x = 1
x = y = z = 0
a, b = 1, 2
(a, b) = b, a
[a, b] = [b, a]
a, = t
(a,) = t
[a] = t
() = ()
[] = []
a, *b = range(10)
*a, b = range(10)
a, *b, c = seq
[*a, b] = seq
(*a,) = seq
[*a] = seq
first, (second, third), *rest = data
(first, [second, *middle], last) = data
obj.attr = value
obj.attr.sub = value
obj[0] = value
obj[1:2] = [1]
obj[::2] = values
obj[i, j] = 0
obj.method().attr = 3
obj().x[0].y = 4
a = b = c, d = e = 1, 2
a = b = *c, d
x = 1,
x = ()
x = (1)
x = ((1, 2))
x = lambda: 0
for_ = while_ = if_ = 1
(x) = 1
((x)) = 2
(x.y) = 3
[x.y, z[0]] = 4, 5
x = \
    1
i = j = k = \
    l = 0
def f():
    x = yield
    y = yield from g()
    z = yield 1, 2
    a, b = yield
    return x, y, z
