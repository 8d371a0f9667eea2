# ast.get_source_segment: the exact source text of a node (UTF-8 byte columns).
import ast

src = "x = 1\nprint(x)\ndef f(a,\n      b):\n    return 'é' + a\n"
tree = ast.parse(src)
for node in tree.body:
    print(repr(ast.get_source_segment(src, node)))
print(repr(ast.get_source_segment(src, tree.body[2], padded=True)))
ret = tree.body[2].body[0].value
print(repr(ast.get_source_segment(src, ret)), repr(ast.get_source_segment(src, ret.left)))
print(ast.get_source_segment(src, ast.Name(id="n")))
