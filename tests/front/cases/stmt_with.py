with open(p) as f:
    pass
with a, b:
    pass
with a as x, b as y:
    pass
with a as x, b, c as z:
    pass
with (a as x, b as y):
    pass
with (a, b):
    pass
with (a as x, b as y,):
    pass
with (
    open(p1) as f1,
    open(p2) as f2,
):
    pass
with (
    open(p1) as f1,
    open(p2)
):
    pass
with (a):
    pass
with (a) as b:
    pass
with (a, b) as c:
    pass
with (a, b) as (c, d):
    pass
with a as (x, y):
    pass
with a as [x, y]:
    pass
with a as (x, *y):
    pass
with a as x.attr, b as y[0]:
    pass
with a() as b, c() as d, e():
    pass
with a: pass
with a, \
     b:
    with c:
        pass
with (a if b else c) as d:
    pass
with a if b else c as d:
    pass
with (yield_) as a:
    pass
with (x := a) as b:
    pass
with (a, b,):
    pass
with (a,):
    pass


def gen():
    with (yield):
        pass
    with (yield) as x:
        pass
