import ast
print(ast.dump(ast.parse('1 + 2 * x', mode='eval')))
print(ast.dump(ast.parse('x = [a, b]')))
print(ast.dump(ast.parse('f(1, *a, k=2, **kw)').body[0].value))
print(ast.dump(ast.parse('a if b else c', mode='eval').body))
print(ast.dump(ast.parse('lambda x, y=1: x', mode='eval').body))
print(ast.dump(ast.parse('x[1:2, ::3]', mode='eval').body))
print(ast.dump(ast.parse('not a and b or c < d <= e', mode='eval').body))
