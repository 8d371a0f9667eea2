class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name); return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM('a') as v:
    print('inside', v)
with CM('b', suppress=True):
    raise ValueError('suppressed')
print('after b')
try:
    with CM('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', e)
with CM('d') as x, CM('e') as y:
    print(x, y)
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(2):
    with CM(f'loop{i}'):
        if i == 0: continue
        break
