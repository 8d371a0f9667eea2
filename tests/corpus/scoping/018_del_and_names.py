x = 1
del x
try:
    x
except NameError as e:
    print('NameError', e)
def f():
    y = 2
    del y
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError ' + str(e)
print(f())
l = [1, 2, 3, 4]
del l[0], l[-1]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class C:
    attr = 1
del C.attr
print(hasattr(C, 'attr'))
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
try:
    del undefined_name_here
except NameError as e:
    print('NameError', e)
