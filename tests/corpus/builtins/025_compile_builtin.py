c = compile('1 + 1', '<s>', 'eval')
print(eval(c), c.co_filename, c.co_name)
c2 = compile('a = 5\nprint(a * 2)', '<m>', 'exec')
exec(c2)
c3 = compile('x = 7', 'file.py', 'single')
d = {}
exec(c3, d)
print(d['x'])
import ast
tree = ast.parse('print("from ast")')
exec(compile(tree, '<ast>', 'exec'))
try:
    compile('def', '<bad>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.filename, e.lineno)
print(type(c).__name__)
