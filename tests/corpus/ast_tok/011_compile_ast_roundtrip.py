import ast
src = 'total = 0\nfor i in range(5):\n    total += i * i\nprint(total)\n'
tree = ast.parse(src, filename='<corpus>')
code = compile(tree, '<corpus>', 'exec')
exec(code)
print(code.co_filename, code.co_name)
expr = ast.Expression(body=ast.BinOp(left=ast.Constant(6), op=ast.Mult(), right=ast.Constant(7)))
ast.fix_missing_locations(expr)
print(eval(compile(expr, '<e>', 'eval')))
try:
    ast.parse('def f(:')
except SyntaxError as e:
    print('SyntaxError', e.lineno, e.offset, e.msg)
print(ast.dump(ast.parse('x', mode='single')))
print(type(ast.parse('1', mode='eval')).__name__, type(ast.parse('')).__name__, ast.parse('').body)
