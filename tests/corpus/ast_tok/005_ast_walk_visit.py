import ast
src = '''
import os
def add(a, b):
    return a + b
def mul(x, y):
    z = x * y
    return z
result = add(1, mul(2, 3))
'''
tree = ast.parse(src)
print(sorted(n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)))
print(sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}))
print([type(n).__name__ for n in ast.walk(ast.parse('a + b * 2'))])
class Counter(ast.NodeVisitor):
    def __init__(self): self.calls = []
    def visit_Call(self, node):
        self.calls.append(node.func.id)
        self.generic_visit(node)
c = Counter(); c.visit(tree); print(c.calls)
class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
t2 = ast.fix_missing_locations(Doubler().visit(ast.parse('print(1 + 2, 10)')))
exec(compile(t2, '<ast>', 'exec'))
print(ast.unparse(t2))
print([ast.get_docstring(n) for n in ast.parse('def f():\n  "hi"\n  pass').body])
