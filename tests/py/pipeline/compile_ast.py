# compile() of ast node objects: trees from ast.parse, trees built and transformed by
# hand, and the checks CPython applies to malformed trees (class and message).
import ast
import os


def attempt(tree, mode='exec'):
    try:
        code = compile(tree, '<tree>', mode)
    except (TypeError, ValueError, SyntaxError, SystemError) as e:
        msg = str(e)
        if ' object at 0x' in msg:
            msg = msg[:msg.index(' object at 0x')] + ' object>'
        print(type(e).__name__, msg)
        return None
    return code


def fixed(node):
    return ast.fix_missing_locations(node)


def stmt(node):
    return fixed(ast.Module(body=[node], type_ignores=[]))


# A parsed tree compiles to the same code as its source.
src = '''
def f(a, b=2, *args, c, d=4, **kw):
    total = 0
    for i in range(a):
        if i % 2:
            total += i * b
        else:
            continue
    try:
        1 / 0
    except ZeroDivisionError as e:
        total += 100
    finally:
        total += 1
    return [x for x in y] if 0 else (total, {k: v for k, v in kw.items()}, c, d)
class K(dict, metaclass=type):
    z: int = 3
    def m(self): return super().keys()
match f(3, c=1):
    case (1 | 2) as w, *rest if w: pass
    case {'a': 1, **more}: pass
    case K(z=3): pass
    case _: pass
print(f"{f(3, c=1)!r:>10}")
'''
by_source = compile(src, 'same.py', 'exec')
by_tree = compile(ast.parse(src), 'same.py', 'exec')
print(by_source.co_code == by_tree.co_code, [c.co_code for c in by_source.co_consts if hasattr(c, 'co_code')] == [c.co_code for c in by_tree.co_consts if hasattr(c, 'co_code')])
print(by_source.co_linetable == by_tree.co_linetable, by_tree.co_filename)
exec(by_tree)

# eval and single modes.
print(eval(compile(ast.parse('6 * 7', mode='eval'), '<e>', 'eval')))
exec(compile(ast.parse('x = 5; print(x + 1)', mode='single'), '<s>', 'single'))
expr = fixed(ast.Expression(body=ast.BinOp(left=ast.Constant(6), op=ast.Mult(), right=ast.Constant(7))))
print(eval(compile(expr, '<e>', 'eval')))

# A transformer's output runs; line numbers of the tree reach tracebacks.
class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


tree = fixed(Doubler().visit(ast.parse('print(1 + 2, 10)')))
exec(compile(tree, '<ast>', 'exec'))
tree = ast.parse('a = 1\nb = 2\nc = 1 / 0\n')
try:
    exec(compile(tree, 'lines.py', 'exec'))
except ZeroDivisionError as e:
    print('line', e.__traceback__.tb_next.tb_lineno)

# Constants that only a tree can hold.
code = compile(stmt(ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant((1, 2.5, 'a', frozenset({3})))], []))), '<c>', 'exec')
exec(code)

# compile(tree, ..., PyCF_ONLY_AST) gives the same tree back.
print(compile(tree, '<x>', 'exec', ast.PyCF_ONLY_AST) is tree)

# Malformed trees.
attempt(ast.Module())
attempt(ast.Module(body=(), type_ignores=[]))
attempt(ast.Module(body=[ast.Pass()], type_ignores=[]))
attempt(stmt(ast.Expr(ast.Pass(), lineno=1, col_offset=0)))
attempt(stmt(ast.Expr(ast.Name(1, ast.Load()))))
attempt(stmt(ast.Expr(ast.Name('x', ast.Store()))))
attempt(stmt(ast.Expr(ast.Name('True', ast.Load()))))
attempt(stmt(ast.Assign([ast.Name('x', ast.Load())], ast.Constant(1))))
attempt(stmt(ast.Assign([ast.Constant(1)], ast.Constant(1))))
attempt(stmt(ast.Expr(ast.Constant([1]))))
attempt(stmt(ast.Expr(ast.BinOp(ast.Constant(1), ast.Add, ast.Constant(2)))))
attempt(stmt(ast.Expr(ast.Compare(ast.Constant(1), [ast.Lt()], []))))
attempt(stmt(ast.Expr(ast.Compare(ast.Constant(1), [ast.Lt(), ast.Gt()], [ast.Constant(2)]))))
attempt(stmt(ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1)]))))
attempt(stmt(ast.Expr(ast.Dict([ast.Constant(1)], []))))
attempt(stmt(ast.Expr(ast.ListComp(ast.Constant(1), []))))
attempt(stmt(ast.Expr(ast.Constant(1), lineno='a', col_offset=0)))
attempt(ast.Module(body=[ast.Expr(ast.Constant(1, lineno=3, col_offset=0, end_lineno=1, end_col_offset=0), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1)], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(ast.Constant(1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))
attempt(stmt(ast.Return(ast.Constant(1))))
attempt(stmt(ast.If(ast.Constant(1), [], [])))
attempt(stmt(ast.Try([ast.Pass()], [], [], [])))
attempt(stmt(ast.Raise(None, ast.Constant(1))))
attempt(stmt(ast.ImportFrom('os', [ast.alias('path')], -1)))
attempt(stmt(ast.Global([])))
attempt(stmt(ast.Delete([])))
attempt(stmt(ast.Expr(ast.Constant(1))), 'eval')
attempt(fixed(ast.Expression(ast.Name('x', ast.Load()))), 'exec')
attempt(fixed(ast.Module(body=[ast.Expr(ast.Name('x', ast.Load()), lineno=1, col_offset=0)])))
attempt(stmt(ast.FunctionDef('f', ast.arguments([], [], None, [ast.arg('k')], [], None, []), [ast.Pass()], [])))
attempt(stmt(ast.Expr(ast.NamedExpr(ast.Attribute(ast.Name('a', ast.Load()), 'b', ast.Store()), ast.Constant(1)))))
attempt(stmt(ast.Match(ast.Name('x', ast.Load()), [ast.match_case(ast.MatchOr([ast.MatchAs()]), None, [ast.Pass()])])))
attempt(stmt(ast.Match(ast.Name('x', ast.Load()), [ast.match_case(ast.MatchAs(name='_'), None, [ast.Pass()])])))
attempt(stmt(ast.Match(ast.Name('x', ast.Load()), [ast.match_case(ast.MatchSingleton(1), None, [ast.Pass()])])))
attempt(stmt(ast.Expr(ast.Starred(ast.Name('x', ast.Load()), ast.Load()))))
attempt(stmt(ast.Break()))
attempt(stmt(ast.Expr(ast.Constant(1), end_lineno=None)))
attempt(42)
attempt(stmt(ast.Try([ast.Pass()], [ast.ExceptHandler(None, None, [ast.Pass()]), ast.ExceptHandler(ast.Name('E', ast.Load()), None, [ast.Pass()])], [], [])))
# A tree that contains itself.
loop = ast.BinOp(ast.Constant(1, lineno=1, col_offset=0), ast.Add(), None, lineno=1, col_offset=0)
loop.right = loop
try:
    compile(ast.Expression(loop), '<loop>', 'eval')
except RecursionError as e:
    print('RecursionError')
