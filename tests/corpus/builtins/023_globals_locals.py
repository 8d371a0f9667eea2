x = 10
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print('x' in globals(), globals()['x'], globals()['__name__'])
globals()['newvar'] = 99
print(newvar)
def g():
    y = 1
    l = locals()
    return l
print(g())
print(type(globals()).__name__)
