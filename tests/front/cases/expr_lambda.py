f = lambda: 0
f = lambda x: x
f = lambda x, y=1: x + y
f = lambda *args: args
f = lambda **kw: kw
f = lambda *args, **kw: (args, kw)
f = lambda a, /, b, *, c: 0
f = lambda a=1, /, b=2, *args, c, d=4, **kw: 0
f = lambda *, a: a
f = lambda *, a=1, b: a
f = lambda a, /: a
f = lambda a, /, **k: a
f = lambda x: lambda y: x + y
f = lambda: (yield)
f = lambda: (yield from g)
f = lambda x: x if x else -x
f = (lambda: 1)()
f = lambda a,: a
f = lambda *a,: a
f = lambda **k,: k
f = lambda a, /,: a
f = lambda *, a,: a
f = lambda x=lambda: 1: x
f = lambda: (x := 1)
f = lambda: [x for x in y]
f = lambda:0
f = lambda	x:x
f = lambda match, case: match
sorted(xs, key=lambda x: (x[1], -x[0]))
f = lambda a, b=2, /, c=3, *d, e, f=6, **g: None
f = lambda: lambda: lambda: ...
