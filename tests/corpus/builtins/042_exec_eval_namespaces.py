code = '''
def greet(n):
    return 'hi ' + n
result = greet(name)
'''
ns = {'name': 'ann'}
exec(code, ns)
print(ns['result'], sorted(k for k in ns if k != '__builtins__'))
print(eval('greet("bob")', ns))
print(eval('len(x) + y', {'x': [1, 2, 3]}, {'y': 10}))
try:
    eval('undefined_thing')
except NameError as e:
    print('NameError', e)
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError', e.msg)
print(eval('  42  '), eval('\n1 + 1\n'), eval(compile('3 * 3', '<c>', 'eval')))
def scope_test():
    local_v = 5
    return eval('local_v * 2')
print(scope_test())
g = {}
exec('import math as m\nv = m.pi > 3', g)
print(g['v'], 'm' in g)
exec('for i in range(3): print("loop", i)')
print(exec('1'), type(eval('lambda: 1')).__name__)
