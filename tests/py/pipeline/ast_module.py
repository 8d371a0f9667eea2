# Stage 3 from Python: ast.parse builds CPython's node classes with their fields and
# positions; dump, walk, literal_eval, the visitors and the location helpers.
import ast

src = '''
def greet(name: str, *args, times=2, **kw) -> str:
    """Say hello."""
    for i in range(times):
        if name and not i:
            print(f"hello {name!r:>10}", *args, sep="")
    return [x ** 2 for x in args if x]

class C(Base, metaclass=M):
    x: int = 1
    async def run(self):
        async with lock as l:
            await go(l)

match point:
    case (0, 0) | Point(x=0):
        pass
    case {"k": v, **rest}:
        pass
try:
    a, *b = c[1:2, ::3]
except (ValueError, TypeError) as e:
    raise RuntimeError("x") from e
finally:
    del a
lambda *, k=1: k
x = yield_ if cond else -1.5e3j
'''
tree = ast.parse(src)
print(ast.dump(tree, indent=2))
print(ast.dump(tree.body[0], include_attributes=True))
print(ast.dump(ast.parse("x = 10 + 5")))
print(ast.dump(ast.parse("1 + 2", mode="eval")))
print(ast.dump(ast.parse("a = 1", mode="single")))
print(type(tree).__name__, isinstance(tree, ast.AST), ast.Module.__mro__[1].__name__)
print(ast.Constant._fields, ast.Constant._attributes, ast.Constant.kind, ast.Name.__match_args__)
print(sorted({type(n).__name__ for n in ast.walk(tree)})[:12])
print([name for name, _ in ast.iter_fields(tree.body[0])])
print(ast.get_docstring(tree.body[0]))
fn = tree.body[0]
print(fn.lineno, fn.col_offset, fn.end_lineno, fn.end_col_offset, fn.name, fn.returns.id)

# Building nodes by hand.
node = ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Name(id="y", ctx=ast.Load()))
print(ast.dump(node))
print(ast.dump(ast.fix_missing_locations(ast.Expression(body=node)), include_attributes=True))
try:
    ast.Name("a", ast.Load(), 3)
except TypeError as e:
    print("TypeError:", e)

# literal_eval
for text in ["[1, (2, 3), {'a': {4}}]", "-5", "1+2j", "b'x'", "{'k': None, 1: True}", "set()", "  ...  "]:
    print(repr(ast.literal_eval(text)))
for bad in ["x", "1 + x", "f()"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError:", str(e).split(":")[0])

# Visitors.
class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append(node.id)
        self.generic_visit(node)

v = Names()
v.visit(tree)
print(v.seen)

class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

t2 = Double().visit(ast.parse("a = 1 + 2 * 3"))
print(ast.dump(t2))
print(eval(compile("1 + 2 * 3", "<s>", "eval")))

# Syntax errors come from the same parser as the interpreter's.
for bad in ["def f(:", "x = (1,", "a b"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
