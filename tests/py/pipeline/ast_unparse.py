# ast.unparse: source text back from a tree, spelled as CPython 3.11 spells it
# (minimal parentheses, normalized quotes, docstrings, f-string quoting), and
# round trips: parse(unparse(tree)) has the same dump as the tree.
import ast

snippets = [
    "(a + b) * c",
    "a - (b - c)",
    "a ** b ** c",
    "(a ** b) ** c",
    "-(-x)",
    "not (a and b) or c",
    "a or b or c or not d",
    "x = 1, 2",
    "a, *b = c",
    "a[1:2, ::3]",
    "a[1,]",
    "a[()]",
    "1 .real",
    "f(x for x in y)",
    "f(*args, k=1, **kw)",
    "{**a, 'b': 1}",
    "{*()}",
    "lambda: (yield)",
    "lambda x, /, y=1, *a, z, **k: (x, a, k)",
    "x = yield",
    "await (a + b)",
    "y = (x := 1)",
    "a if b else (c if d else e)",
    "print(f'{x!r:>{w}} {d[\"k\"]}\\n', \"it's\")",
    "1e309 + 1e309j",
    "b'\\x00' + u'u'",
    "for a, b in c, d:\n    pass\nelse:\n    break",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    x += 1",
    "from .. import a as b, c",
    "with open(p) as f, lock:\n    del a, b",
    "try:\n    pass\nexcept* (E, F) as e:\n    raise X from e",
    "try:\n    pass\nexcept E:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "match p:\n    case (0, 0) | Point(x=0):\n        pass\n    case {'k': v, **rest} if v:\n        pass\n    case [a as b, *_]:\n        pass",
    "@dec(1)\nclass C(B, metaclass=M):\n    'Doc with \"quotes\".'\n    x: int = 1\n\n    async def m(self, *, k=None) -> 'C':\n        async for i in self:\n            return await i",
    "def g():\n    '''Multi\n    line'''\n    nonlocal_thing = 1\n    global gg",
]

for src in snippets:
    tree = ast.parse(src)
    text = ast.unparse(tree)
    print(text)
    print("round trip:", ast.dump(ast.parse(text)) == ast.dump(tree))
    print("---")

# Expression-level and other non-module roots.
expr = ast.parse("(a + b) * -c", mode="eval")
print(ast.unparse(expr))
print(ast.unparse(expr.body.left))
print(ast.unparse(ast.parse("def f(a, b=2, *c, d, **e): pass").body[0].args))
print(ast.unparse(ast.Constant(value=(1, "a", 2.5))))
print(ast.unparse(ast.Set(elts=[])))
print(ast.unparse(ast.Tuple(elts=[ast.Name(id="x", ctx=ast.Load())], ctx=ast.Load())))
print(ast.unparse(ast.BinOp(left=ast.Constant(value=1), op=ast.Add(),
                            right=ast.BinOp(left=ast.Constant(value=2), op=ast.Mult(),
                                            right=ast.Constant(value=3)))))
print(repr(ast.unparse(ast.Constant(value=float("inf")))))
