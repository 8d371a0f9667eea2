class P:
    x = 1
    items = [10, 20]
    d = {'k': 'v'}
p = P()
print('{0.x} {0.items[1]} {0.d[k]}'.format(p))
print('{a[0]}{a[1]}'.format(a='xy'), '{:>{}}'.format('r', 4), '{:{}{}}'.format(7, '>', 3))
print('{!r:^10}|{!s:<6}|'.format('q', 5))
print('{0:{1}.{2}f}'.format(3.14159, 8, 3), '{:^{w}.{p}}'.format('abcdef', w=8, p=3))
for bad in ['{', '}', '{0', '{:', '{!x}', '{0!}', '{a.}']:
    try:
        print(bad.format(0, a=1))
    except (ValueError, KeyError, AttributeError, IndexError) as e:
        print(type(e).__name__, e)
print('{}'.format(None), '{:}'.format(1.0), '{:5}|'.format(None) if False else '{!s:5}|'.format(None))
print('{0}{1}{0}'.format('-', '+'), '{{{0}}}'.format(5), '{}{{}}'.format(1))
