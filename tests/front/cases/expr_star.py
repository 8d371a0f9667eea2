print(*a)
print(*a, *b, sep="")
x = [*a]
x = [*a, 1]
x = (*a,)
x = {*a}
x = {**a}
x = {**a, 'b': 1, **c}
x = *a, b
x = a, *b
x = *a, *b
x = *a,
*a, b = c
a, *b = c
[*a, b] = c
(*a, b) = c
for *a, b in c: pass
for x in *a, b: pass
a[*b]
a[*b, *c] = d
f(*a, **b)
f(*a.b, **c.d)
f(*a[0], **b[1])
f(*f(), **g())
f(* a, ** b)
f(*(a), **(b))
f(*[1, 2], *(3,), *{4})
x = [*range(3), *"abc"]
x = [*(a if b else c)]


def g():
    return *a, b
    yield *a, b


def h(*args, **kwargs): return h(*args, **kwargs)
