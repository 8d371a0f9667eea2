print(eval('1 + 2 * 3'))
print(eval('x * 2', {'x': 21}))
print(eval('a + b', {'a': 1}, {'b': 2}))
ns = {}
exec('y = 5\ndef sq(n): return n * n', ns)
print(ns['y'], ns['sq'](7))
exec('print("hello from exec")')
g = {'__builtins__': __builtins__}
exec('import math\nr = math.floor(2.7)', g)
print(g['r'])
print(eval('[i for i in range(3)]'))
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError', type(e).__name__)
l = {}
exec('z = 3', None, l)
print(l)
print(eval('(lambda q: q + 1)(1)'))
