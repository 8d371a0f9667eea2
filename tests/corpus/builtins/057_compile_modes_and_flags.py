src = 'x = 5\ny = x * 2\n'
code = compile(src, 'prog.py', 'exec')
ns = {}
exec(code, ns)
print(ns['y'], code.co_filename)
e = compile('x + 1', 'e.py', 'eval')
print(eval(e, {'x': 41}))
s = compile('1 + 1', 's.py', 'single')
exec(s)
s2 = compile('None', 's.py', 'single')
exec(s2)
for bad, mode in [('x = ', 'exec'), ('a b', 'eval'), ('return 1', 'exec'), ('def f():\nreturn', 'exec'), ('x = 1', 'eval')]:
    try:
        compile(bad, 'bad.py', mode)
    except SyntaxError as ex:
        print('SyntaxError', repr(ex.msg), ex.lineno, ex.filename)
try:
    compile('x', 'f', 'bogus')
except ValueError as ex:
    print('ValueError', ex)
