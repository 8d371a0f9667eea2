x = a and b
x = a or b
x = a and b and c
x = a or b or c
x = a and b or c and d
x = a or b and c or d
x = (a or b) and (c or d)
x = not a
x = not a and not b
x = not (a and b)
x = a if b else c
x = a if b else c if d else e
x = (a if b else c) if d else e
x = a if (b if c else d) else e
x = a or b if c and d else e or f
x = lambda: a if b else c
x = (lambda: a) if b else c
x = [a if b else c for d in e]
x = [a for d in e if b if c]
f(a if b else c, d)
x = a if b else (yield_)
x = a and (b or c) and d
x = a or (b and c) or d
x = not a or not b and not c
x = (
    a
    if b
    else c
)
