l = [1, 2, 3]
for op in [lambda: l[3], lambda: l[-4], lambda: l.__setitem__(5, 0), lambda: l.pop(10), lambda: l.insert('a', 1),
           lambda: l['x'], lambda: l[1:2:0], lambda: l.remove('q'), lambda: [].pop(0), lambda: l.index(9, 0, 2)]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
print(l[-3], l[2], l[:100], l[-100:-2])
t = (1, 2)
for op in [lambda: t[2], lambda: t.index(5), lambda: t + [3], lambda: t * 1.5]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
d = {}
for op in [lambda: d['k'], lambda: d.pop('k'), lambda: d.popitem(), lambda: {}.fromkeys(1), lambda: dict(1)]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
