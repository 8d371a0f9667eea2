from functools import partial
def power(base, exp, mod=None):
    return pow(base, exp, mod)
sq = partial(power, exp=2)
cube = partial(power, exp=3)
print(sq(5), cube(2), sq(5, mod=7))
p = partial(power, 2)
print(p(10), p(exp=5), p.func is power, p.args, p.keywords)
pp = partial(p, 3)
print(pp(), pp.args)
int2 = partial(int, base=2)
print(int2('1010'), int2('11', base=10))
print(repr(partial(max, 1)).startswith('functools.partial(<built-in function max>'))
print(list(map(partial(str.split, sep=','), ['a,b', 'c'])))
