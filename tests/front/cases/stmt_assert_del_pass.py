assert x
assert x, "message"
assert (x, y)
assert x == y, (x, y)
assert isinstance(x, int), f"got {x!r}"
assert not x, \
    "continued message"
assert lambda: 0
assert (yield_ := 1)
del x
del x, y
del x, y,
del (x, y)
del [x, y]
del (x), [y]
del x.attr, x[0], x[1:2]
del x[::2], x[1, 2], x.a.b.c
del (x.a, (y[0], [z]))
del ()
del []
del x,
pass
...
while True:
    break
    continue
    pass
for i in x:
    if i:
        continue
    else:
        break
if x: pass
