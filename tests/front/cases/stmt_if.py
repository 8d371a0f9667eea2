if x:
    pass

if x:
    a = 1
else:
    a = 2

if x:
    a = 1
elif y:
    a = 2
elif z:
    a = 3
else:
    a = 4

if a and b or not c:
    if nested:
        if deeper:
            pass
        else:
            pass
    elif other:
        pass
if x: pass
elif y: pass
else: pass
if (x
    and y):
    pass
if x: a = 1; b = 2;
if not x in y and x is not None or (a < b < c):
    ...
if lambda: 0:
    pass
if (yield_) if cond else other:
    pass
