import ast
t = ast.parse('x = 1\nprint(x)')
print(ast.dump(t, include_attributes=True))
print(ast.dump(t, indent=2))
n = t.body[1].value
print(n.lineno, n.col_offset, n.end_lineno, n.end_col_offset, type(n).__name__)
print(ast.get_source_segment('x = 1\nprint(x)', n))
