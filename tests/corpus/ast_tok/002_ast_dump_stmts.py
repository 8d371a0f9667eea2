import ast
src = '''
def f(a, b=1, *args, c, **kw):
    """doc"""
    return a + b
class C(B, metaclass=M):
    x: int = 0
for i in range(3):
    if i: continue
    else: break
while x: pass
'''
tree = ast.parse(src)
for node in tree.body:
    print(ast.dump(node))
print(ast.dump(ast.parse('import a.b as c\nfrom . import d\nfrom x import *')))
print(ast.dump(ast.parse('try:\n  pass\nexcept E as e:\n  raise X from e\nfinally:\n  del a')))
