def target(a, b, c=3, *args, d=4, **kw):
    return f'a={a} b={b} c={c} args={args} d={d} kw={sorted(kw.items())}'
def forward(*args, **kwargs):
    return target(*args, **kwargs)
print(forward(1, 2))
print(forward(1, 2, 5, 6, 7, d=0, z=9))
print(forward(b=1, a=2))
print(forward(*[1], **{'b': 2, 'e': 5}))
try:
    forward(1)
except TypeError as e:
    print('TypeError', e)
try:
    forward(1, 2, a=3)
except TypeError as e:
    print('TypeError', e)
try:
    target(1, 2, e=1, **{'e': 2})
except TypeError as e:
    print('TypeError', e)
def kwonly(*, x, y=2): return x + y
try:
    kwonly(1)
except TypeError as e:
    print('TypeError', e)
try:
    kwonly()
except TypeError as e:
    print('TypeError', e)
