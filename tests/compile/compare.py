a = x < y
b = x < y <= z
c = x is None
d = x is not None
e = x in y
f = x not in [1, 2]
g = x in {1, 2, 3}
h = not x in y
i = not x is y
j = not x == y
if x is None:
    pass
if x is not None:
    pass
if None is x:
    pass
if a < b < c:
    pass
if not a < b < c:
    pass
while a == b != c:
    a += 1
k = a < b < c < d
