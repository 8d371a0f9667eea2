"""Compare taipan's `_ast_unparse.unparse` with CPython's `ast.unparse`.

    python3 runtime/lib/tests/unparse_check.py                # snippets + whole stdlib
    python3 runtime/lib/tests/unparse_check.py FILE_OR_DIR..  # snippets + those files
    options:  --no-stdlib   only the built-in snippets (unless paths are given)
              --no-tests    skip test/ directories when walking the stdlib
              --nodes       also unparse every statement/expression/pattern node on its
                            own (fresh precedence context), not just whole modules
              --strings     also treat every string literal in the checked files that
                            CPython can parse as a module (test suites are full of
                            code snippets) as one more input
              --fuzz N      also compare N randomly generated trees (--seed S, default 0)
              -j N          worker processes (default: CPU count)
              -v            list every file checked

Every file is parsed with CPython's `ast.parse` (files CPython cannot parse, or that
CPython's own unparse rejects, are skipped and counted).  Each mismatch prints a
short unified diff.  Exit status is 1 when anything differs.
"""
import ast
import difflib
import importlib.util
import os
import sys
import warnings

# String literals tried as code (--strings) often have odd escapes or numbers.
warnings.simplefilter("ignore", SyntaxWarning)
warnings.simplefilter("ignore", DeprecationWarning)

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)
STDLIB = os.path.dirname(os.__file__)

# runtime/lib has its own ast.py, so the module is loaded from its path and never
# via sys.path (that would shadow CPython's ast for the oracle).
_spec = importlib.util.spec_from_file_location("_ast_unparse", os.path.join(LIB, "_ast_unparse.py"))
mine = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mine)

SNIPPETS = [
    # precedence
    "(a + b) * c", "a + b * c", "a - (b - c)", "(a - b) - c", "a ** b ** c", "(a ** b) ** c",
    "-(-x)", "- -x", "-x ** 2", "(-x) ** 2", "~(a | b)", "not (a and b)", "not a and b",
    "a or b and c", "(a or b) and c", "a or b or c or not d", "a and (not b) and c",
    "a < b < c", "(a < b) < c", "a < (b < c)", "not a < b", "(not a) < b", "a if b else c",
    "(a if b else c) if d else e", "a if (b if c else d) else e", "a if b else (c if d else e)",
    "lambda: (yield)", "lambda x: (lambda y: x + y)", "(lambda: 1)()", "x = yield", "x = yield y",
    "await x", "await (a + b)", "(await x).y", "-(await x)", "(await x) ** 2",
    "x = (yield from y)", "f((yield))", "print((yield))",
    "(x := 1)", "f(x := 1)", "y = (x := 1)", "a[x := 1]", "[x := 1, 2]", "(x := a + b, c)",
    "if (n := len(a)) > 10: pass", "while (line := f()): pass", "{(x := 1): (y := 2)}",
    "x.y.z", "1 .real", "1.5.real", "True .x", "(1).real", "(-1).real", "'a'.join(b)", "(a + b).c",
    "a[1:2, ::3]", "a[1, 2]", "a[1,]", "a[()]", "a[(1, 2)]", "a[:, :]", "a[...]", "a[::]",
    "a[b:c:d]", "a[lambda: 1]", "a[*b]", "a[*b, c]", "a[b, *c]", "a[b:c, d]",
    "x = 1, 2", "x = (1,)", "x = ()", "a, b = c", "(a, b), c = d", "[a, b] = c", "a, *b = c",
    "for a, b in c, d: pass", "for (a, b) in c: pass", "for x in *a, *b: pass",
    "return 1, 2", "yield 1, 2", "del a, b", "del (a, b)", "del (a, b), c",
    "f(*args, **kwargs)", "f(*a or b)", "f(**a or b)", "f(a, *b, c=1, **d)", "f(x for x in y)",
    "f((x for x in y), z)", "f(*(a, b))", "print(*a, sep='')",
    "{**a}", "{**a, 'b': 1, **c}", "{**(a or b)}", "{*()}", "set()", "{1}", "{1, 2}", "{}",
    "[*a, *b]", "(*a,)", "*a, b = c", "{*a | b}", "[*(a or b)]",
    "[x for x in y]", "[x for x in y if a if b]", "[x async for x in y]", "{x: y for x, y in z}",
    "{x for x in y}", "(x for x in y)", "[x for x in (lambda: y)]", "[x for x in (a if b else c)]",
    "[x for x in a or b]", "[x for x in y if (lambda: z)]", "[(x, y) for x, y in z]",
    "[x for x in y for y in z]",
    # constants
    "1e309", "-1e309", "1e309j", "1+1e309j", "'a'", '"a\'b"', "'\\n'", "b'\\x00'", "u'abc'",
    "...", "None", "True", "0x1F", "1_000", "0.1", "1j", "-1", "'\\x7f\\u200b\\U0001F600'",
    "x = '\\t'", "'\\\\'",
    # f-strings
    "f'{x}'", "f'{x!r}'", "f'{x!s:>10}'", "f'{x:{w}.{p}}'", "f'a{{b}}c'", "f'{x}\\n'",
    "f\"{x['a']}\"", "f'{x[\"a\"]}'", "f'''{x['a'] + y[\"b\"]}'''", "f'{a}{b}'",
    "f'{ {1: 2}[1] }'", "f'{(lambda: 1)()}'", "f'{a if b else c}'", "f'{(a, b)}'",
    "f'{f\"{x}\"}'", "f'{x:%Y-%m-%d}'", "f'{x=}'", "f'{x = !r:>5}'", "f'\\'{x}\"'",
    "f'{a}' f'{b}' 'c'", "f'''\n{x}\n'''", "f'{x!a}'", "f'{3.14:.2f}'", "f'{x:{{}}>10}'",
    "f'{(yield)}'",
    # docstrings
    "'''doc'''", "'doc'\nx = 1", "def f():\n    'doc'\n    return 1",
    "class C:\n    '''doc with \"quotes\"'''", "def f():\n    '''ends with quote\"'''",
    "def f():\n    'line1\\nline2'", "def f():\n    '\\x00 nul'", "def f():\n    u'unicode'",
    "def f():\n    '''a''' '\"\"\"b'", "def f():\n    'tab\\there'", "def f():\n    b'bytes'",
    "def f():\n    f'{x}'", "x = 1\n'not a docstring'",
    # statements
    "import a, b.c as d", "from . import x", "from ..a.b import (c as d, e)", "from a import *",
    "global a, b", "nonlocal a", "assert x, 'msg'", "raise", "raise E", "raise E from e",
    "x += 1", "x **= y", "x @= y", "a.b //= c", "x: int", "x: int = 1", "(x): int = 1", "a.b: int",
    "a[1]: int = 2", "x = y = z", "x = (yield)",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "if a:\n    pass\nelse:\n    if b:\n        pass\n    x = 1",
    "if a:\n    pass\nelse:\n    if b:\n        pass",
    "while x:\n    break\nelse:\n    continue",
    "for x in y:\n    pass\nelse:\n    pass", "async def f():\n    async for x in y:\n        pass\n    async with a as b, c:\n        await d",
    "with a as (b, c), d as e[1]:\n    pass", "with (a, b):\n    pass", "with (yield):\n    pass",
    "try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass\nexcept* (A, B) as e:\n    try:\n        pass\n    except C:\n        pass",
    "try:\n    pass\nexcept* E:\n    def f():\n        try:\n            pass\n        except X:\n            pass",
    "try:\n    pass\nfinally:\n    pass",
    "@dec\n@dec2(a, b=1)\n@a.b.c\nclass C(A, B, metaclass=M, **kw):\n    x = 1",
    "@(lambda f: f)\ndef f(): pass", "@a if b else c\ndef f(): pass", "@(x := y)\ndef f(): pass",
    "class C: pass\nclass D(): pass\nx = 1\ndef f(): pass",
    "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    pass",
    "def f(a, /):\n    pass", "def f(*, a):\n    pass", "def f(*a: int, **k: str):\n    pass",
    "def f(a: 'x' = 1, *, b: int = (yield)):\n    pass", "async def f(a=lambda: 1):\n    return await a",
    "lambda: 0", "lambda x, /, y=1, *a, z, **k: 0", "lambda *, k=1: k", "lambda *a, **k: (a, k)",
    "lambda x=(lambda: 1): x", "x = lambda: (yield)",
    "def f():\n    return\n\n\n\ndef g():\n    pass",
    "def f():\n    x = yield\n    y = yield from z\n    yield\n    (yield)\n    await (yield)",
    # match
    "match x:\n case 1 | 2 | 3: pass\n case [a, *rest]: pass\n case (a, b): pass\n case {'k': v, **r}: pass",
    "match x:\n case A(b, c=d): pass\n case A.B(): pass\n case A(x=1, y=[2, 3]): pass\n case None | True | False: pass",
    "match x:\n case (a as b) | c: pass\n case [a as b, *_]: pass\n case _: pass\n case a if a > 0: pass",
    "match x:\n case {**r}: pass\n case {}: pass\n case -1 | 1 + 2j | -1.5 - 3j: pass\n case 'a' 'b': pass",
    "match x:\n case ((a | b) as c) | d: pass\n case [[a, b], (c,)]: pass\n case a.b.c: pass\n case {1: _, a.b: [*_]}: pass",
    "match (a, b):\n case [*x]: pass", "match a, *b:\n case _: pass", "match (yield):\n case _: pass",
    "match x:\n case A(B(c) as d, e | f): pass",
    # misc expressions
    "a[b][c](d)(e).f", "(a, b)[0]", "[a, b][0]", "{a: b}[c]", "(a if b else c)[d]", "(lambda: 1).x",
    "(-a)[b]", "(a.b)(c)", "x = (yield).y",
    "a is not b", "a not in b", "not not a", "a + -b", "a - +b", "a ** -b", "(a, *b)",
    "x = *a, *b", "print(*a, *b)", "a @ b", "a // b % c", "a << b >> c", "a & b ^ c | d",
    "(a | b) & c", "a | b & c", "x if y else lambda: z", "(x if y else lambda: z)()",
    "[lambda: x for x in y]", "(a for b in c if d)", "f(a for b in c)", "f(a)(b for c in d)",
]

# (description, node builder) -- trees ast.parse never produces but unparse accepts.
def _built():
    A = ast
    return [
        ("tuple constant", A.Constant((1, 'a', ..., 2.5, float('inf'), (2,)))),
        ("one-tuple constant", A.Constant((1,))),
        ("complex inf/nan", A.Constant(complex(float('inf'), float('nan')))),
        ("float nan", A.Constant(float('nan'))),
        ("float -inf", A.Constant(float('-inf'))),
        ("frozenset", A.Constant(frozenset())),
        ("empty set", A.Set(elts=[])),
        ("empty tuple", A.Tuple(elts=[], ctx=A.Load())),
        ("Expression", A.parse("a + b", mode="eval")),
        ("Interactive", A.Interactive(body=A.parse("a\nb = 1").body)),
        ("FunctionType", A.parse("(int, str) -> bool", mode="func_type")),
        ("stmt list", A.parse("a\nb = 1\ndef f(): pass").body),
        ("operator", A.Add()),
        ("arguments", A.parse("def f(a, b=1, *c, d, **e): pass").body[0].args),
        ("lambda arguments", A.parse("lambda: 0", mode="eval").body.args),
        ("keyword", A.keyword(arg=None, value=A.Name("x"))),
        ("comprehension", A.parse("[x for x in y if z]", mode="eval").body.generators[0]),
        ("withitem", A.parse("with a as b: pass").body[0].items[0]),
        ("alias", A.alias(name="a", asname="b")),
        ("FormattedValue", A.parse("f'{x!r:>3}'", mode="eval").body.values[0]),
        ("match_case", A.parse("match x:\n case 1: pass").body[0].cases[0]),
        ("pattern", A.parse("match x:\n case (a as b) | c: pass").body[0].cases[0].pattern),
        ("u docstring", A.Module(body=[A.Expr(A.Constant("doc", kind="u"), lineno=1)], type_ignores=[])),
        ("type ignores", A.parse("x = 1  # type: ignore[x]\ndef f(): pass  # type: ignore", type_comments=True)),
        ("type comments", A.parse("def f(a):\n    # type: (int) -> int\n    pass\nx = 1  # type: int\nfor a in b:  # type: int\n    pass\nwith a as b:  # type: int\n    pass", type_comments=True)),
        ("long or-chain", A.parse(" or ".join("x%d" % i for i in range(20)) + " or a + b or (c if d else e)", mode="eval")),
        ("long and-chain", A.parse(" and ".join("x%d" % i for i in range(20)) + " and -a and a.b", mode="eval")),
        ("deep and-chain", A.BoolOp(op=A.And(), values=[A.Name("x")] * 3 + [A.BinOp(A.Name("a"), A.Add(), A.Name("b"))] * 16)),
        ("fstring no quote fits", A.JoinedStr(values=[A.Constant("'\"'''\"\"\""), A.FormattedValue(A.Name("x"), -1, None)])),
        ("fstring newline literal", A.JoinedStr(values=[A.Constant("a\nb"), A.FormattedValue(A.Constant("c\nd"), -1, None)])),
        ("fstring ends in quote", A.JoinedStr(values=[A.FormattedValue(A.Constant("'\"\n"), -1, None), A.Constant("x'")])),
        ("docstring no quote fits", A.Module(body=[A.Expr(A.Constant("'''\"\"\""))], type_ignores=[])),
        ("docstring control chars", A.Module(body=[A.Expr(A.Constant("\x00\x7f\xad\u200b\ud800\U000e0001\r\x0c"))], type_ignores=[])),
        # 3.11.7's last resort for f-strings: when no quote style suits all parts,
        # everything is written repr-style inside '''.
        ("fstring fallback", A.JoinedStr([A.Constant("'''"), A.FormattedValue(A.Constant(1), -1, None), A.Constant('"""')])),
        ("fstring fallback fields", A.JoinedStr([A.Constant("'''"), A.FormattedValue(A.Subscript(A.Name('x'), A.Constant("a'")), 114, A.JoinedStr([A.Constant("'>"), A.FormattedValue(A.Name('w'), -1, None)])), A.Constant('"""\n\t\x00\\{}')])),
        ("fstring fallback nested", A.JoinedStr([A.Constant("'''"), A.FormattedValue(A.JoinedStr([A.Constant("'\"'"), A.FormattedValue(A.Constant("a\nb"), -1, None)]), -1, None), A.Constant('"""')])),
        ("fstring repr narrowing", A.JoinedStr([A.Constant('"\'\'\'"""'), A.FormattedValue(A.Constant("'"), -1, None)])),
        ("fstring one style left", A.JoinedStr([A.Constant("'"), A.Constant('"\'\'\'"""')])),
        ("fstring nested nothing fits", A.JoinedStr([A.FormattedValue(A.JoinedStr([A.Constant("'\"'''\"\"\"")]), -1, None)])),
        ("fstring backslash in field", A.JoinedStr([A.Constant("'\"\"\""), A.FormattedValue(A.Constant("'''\""), -1, None)])),
        ("fstring bad part", A.JoinedStr([A.Name("x")])),
    ]


class Fuzzer:
    """Random, mostly well-formed trees, including shapes the parser never builds
    (e.g. `yield` or `lambda` deep inside operators), to exercise every
    parenthesization decision."""

    NAMES = ["a", "b", "x", "y"]
    CHARS = ["a", "'", '"', "\n", "\t", "\\", "{", "}", "\x00", "\u200b", "\xe9", " ", "'" * 3, '"' * 3]

    def __init__(self, seed):
        import random
        self.r = random.Random(seed)

    def pick(self, seq):
        return self.r.choice(seq)

    def text(self):
        return "".join(self.pick(self.CHARS) for _ in range(self.r.randrange(0, 5)))

    def const(self):
        A = ast
        v = self.pick([0, 1, -1, 10**30, 1.5, float("inf"), -float("inf"), float("nan"), 2j,
                       complex(1, float("inf")), None, True, False, ..., b"\x00'\"", "s"])
        if v == "s":
            v = self.text()
        return A.Constant(v, kind=self.pick([None, None, "u"]) if isinstance(v, str) else None)

    def name(self):
        return ast.Name(self.pick(self.NAMES), ast.Load())

    def args(self, depth):
        A = ast
        posonly = [A.arg("p%d" % i) for i in range(self.r.randrange(0, 2))]
        args = [A.arg("q%d" % i, self.pick([None, None, self.name()])) for i in range(self.r.randrange(0, 3))]
        total = len(posonly) + len(args)
        defaults = [self.expr(depth) for _ in range(self.r.randrange(0, total + 1))]
        kwonly = [A.arg("k%d" % i) for i in range(self.r.randrange(0, 2))]
        kw_defaults = [self.pick([None, self.expr(depth)]) for _ in kwonly]
        vararg = self.pick([None, A.arg("va"), A.arg("va", self.name())])
        kwarg = self.pick([None, A.arg("kw"), A.arg("kw", self.name())])
        return A.arguments(posonlyargs=posonly, args=args, vararg=vararg, kwonlyargs=kwonly,
                           kw_defaults=kw_defaults, kwarg=kwarg, defaults=defaults)

    def fstring(self, depth):
        A = ast
        values = []
        for _ in range(self.r.randrange(0, 4)):
            if self.r.random() < 0.5:
                values.append(A.Constant(self.text()))
            else:
                spec = None
                if self.r.random() < 0.3:
                    spec = A.JoinedStr([self.pick([A.Constant(">10"), A.Constant(self.text()),
                                                   A.FormattedValue(self.name(), -1, None)])])
                values.append(A.FormattedValue(self.expr(depth), self.pick([-1, 115, 114, 97]), spec))
        return A.JoinedStr(values)

    def comp(self, depth):
        A = ast
        return [A.comprehension(target=self.pick([self.name(), A.Tuple([self.name(), self.name()], A.Store())]),
                                iter=self.expr(depth), ifs=[self.expr(depth) for _ in range(self.r.randrange(0, 2))],
                                is_async=self.r.randrange(0, 2)) for _ in range(self.r.randrange(1, 3))]

    def expr(self, depth=3):
        A = ast
        if depth <= 0 or self.r.random() < 0.15:
            return self.pick([self.name, self.const])()
        d = depth - 1
        e = lambda: self.expr(d)
        kind = self.r.randrange(0, 24)
        if kind == 0:
            return A.BinOp(e(), self.pick([A.Add, A.Sub, A.Mult, A.MatMult, A.Div, A.Mod, A.Pow, A.LShift,
                                           A.RShift, A.BitOr, A.BitXor, A.BitAnd, A.FloorDiv])(), e())
        if kind == 1:
            return A.UnaryOp(self.pick([A.Not, A.Invert, A.UAdd, A.USub])(), e())
        if kind == 2:
            return A.BoolOp(self.pick([A.And, A.Or])(), [e() for _ in range(self.r.randrange(2, 5))])
        if kind == 3:
            n = self.r.randrange(1, 4)
            return A.Compare(e(), [self.pick([A.Eq, A.NotEq, A.Lt, A.LtE, A.Gt, A.GtE, A.Is, A.IsNot, A.In, A.NotIn])()
                                   for _ in range(n)], [e() for _ in range(n)])
        if kind == 4:
            return A.IfExp(e(), e(), e())
        if kind == 5:
            return A.Lambda(self.args(d), e())
        if kind == 6:
            return A.NamedExpr(A.Name(self.pick(self.NAMES), A.Store()), e())
        if kind == 7:
            return A.Yield(self.pick([None, e()]))
        if kind == 8:
            return A.YieldFrom(e())
        if kind == 9:
            return A.Await(e())
        if kind == 10:
            args = [self.pick([e, lambda: A.Starred(e(), A.Load())])() for _ in range(self.r.randrange(0, 3))]
            kws = [A.keyword(self.pick([None, "k"]), e()) for _ in range(self.r.randrange(0, 2))]
            return A.Call(e(), args, kws)
        if kind == 11:
            return A.Attribute(e(), "attr", A.Load())
        if kind == 12:
            sl = self.pick([e, lambda: A.Slice(self.pick([None, e()]), self.pick([None, e()]), self.pick([None, e()])),
                            lambda: A.Tuple([self.pick([e, lambda: A.Slice(e(), None, None),
                                                        lambda: A.Starred(e(), A.Load())])()
                                             for _ in range(self.r.randrange(0, 3))], A.Load())])()
            return A.Subscript(e(), sl, A.Load())
        if kind == 13:
            return A.Starred(e(), A.Load())
        if kind == 14:
            return A.Tuple([e() for _ in range(self.r.randrange(0, 3))], A.Load())
        if kind == 15:
            return A.List([e() for _ in range(self.r.randrange(0, 3))], A.Load())
        if kind == 16:
            return A.Set([e() for _ in range(self.r.randrange(0, 3))])
        if kind == 17:
            n = self.r.randrange(0, 3)
            return A.Dict([self.pick([None, e()]) for _ in range(n)], [e() for _ in range(n)])
        if kind == 18:
            return self.pick([A.ListComp, A.SetComp, A.GeneratorExp])(e(), self.comp(d))
        if kind == 19:
            return A.DictComp(e(), e(), self.comp(d))
        if kind in (20, 21):
            return self.fstring(d)
        return self.pick([self.name, self.const])()

    def pattern(self, depth=2):
        A = ast
        if depth <= 0:
            return self.pick([lambda: A.MatchAs(None, None), lambda: A.MatchAs(None, "n"),
                              lambda: A.MatchValue(self.const()), lambda: A.MatchSingleton(None)])()
        p = lambda: self.pattern(depth - 1)
        kind = self.r.randrange(0, 7)
        if kind == 0:
            return A.MatchSequence([self.pick([p, lambda: A.MatchStar(self.pick([None, "r"]))])()
                                    for _ in range(self.r.randrange(0, 3))])
        if kind == 1:
            n = self.r.randrange(0, 3)
            return A.MatchMapping([self.const() for _ in range(n)], [p() for _ in range(n)], self.pick([None, "rest"]))
        if kind == 2:
            n = self.r.randrange(0, 2)
            return A.MatchClass(self.pick([self.name(), A.Attribute(self.name(), "B", A.Load())]),
                                [p() for _ in range(self.r.randrange(0, 2))], ["k%d" % i for i in range(n)],
                                [p() for _ in range(n)])
        if kind == 3:
            return A.MatchAs(p(), "n")
        if kind == 4:
            return A.MatchOr([p() for _ in range(self.r.randrange(2, 4))])
        return self.pattern(0)

    def stmt(self, depth=2):
        A = ast
        e = lambda: self.expr(3)
        body = lambda: [self.stmt(depth - 1) for _ in range(self.r.randrange(1, 3))] if depth > 0 else [A.Pass()]
        kind = self.r.randrange(0, 15)
        if kind == 0:
            return A.Assign([self.pick([self.name(), A.Tuple([self.name(), A.Starred(self.name(), A.Store())], A.Store())])], e(), lineno=1)
        if kind == 1:
            return A.AugAssign(self.name(), self.pick([A.Add, A.Pow, A.BitOr])(), e())
        if kind == 2:
            return A.Return(self.pick([None, e()]))
        if kind == 3:
            return A.For(self.pick([self.name(), A.Tuple([self.name(), self.name()], A.Store())]), e(), body(), self.pick([[], body()]), lineno=1)
        if kind == 4:
            return A.If(e(), body(), self.pick([[], body(), [A.If(e(), body(), [])]]))
        if kind == 5:
            return A.With([A.withitem(e(), self.pick([None, self.name()]))], body(), lineno=1)
        if kind == 6:
            return A.FunctionDef("f", self.args(1), body(), [e() for _ in range(self.r.randrange(0, 2))], self.pick([None, e()]), lineno=1)
        if kind == 7:
            return A.ClassDef("C", [e() for _ in range(self.r.randrange(0, 2))], [A.keyword("m", e())], body(), [])
        if kind == 8:
            return A.AnnAssign(self.name(), e(), self.pick([None, e()]), self.r.randrange(0, 2))
        if kind == 9:
            return A.Raise(self.pick([None, e()]), self.pick([None, None, e()]))
        if kind == 10:
            return A.Delete([e() for _ in range(self.r.randrange(1, 3))])
        if kind == 11:
            return A.Match(e(), [A.match_case(self.pattern(), self.pick([None, e()]), body())
                                 for _ in range(self.r.randrange(1, 3))])
        if kind == 12:
            cls = self.pick([A.Try, A.TryStar])
            return cls(body(), [A.ExceptHandler(self.pick([None, e()]), self.pick([None, "err"]), body())
                                for _ in range(self.r.randrange(1, 3))], self.pick([[], body()]), self.pick([[], body()]))
        return A.Expr(e())

    def module(self):
        A = ast
        body = [self.stmt() for _ in range(self.r.randrange(1, 4))]
        if self.r.random() < 0.2:
            body.insert(0, A.Expr(A.Constant(self.text())))
        return A.Module(body, [])


def fuzz(count, seed, mismatches):
    f = Fuzzer(seed)
    counts = {"ok": 0, "skip": 0, "bad": 0}
    for i in range(count):
        tree = f.module() if i % 2 else f.expr(4)
        counts[compare("fuzz seed=%d #%d" % (seed, i), tree, mismatches, False)] += 1
        if len(mismatches) > 50:
            break
    return counts


def compare(label, tree, mismatches, verbose):
    """Returns 'ok', 'skip' or 'bad'."""
    try:
        want = ast.unparse(tree)
    except (RecursionError, ValueError, AttributeError, TypeError) as e:
        want_exc = type(e).__name__
        try:
            got = mine.unparse(tree)
        except Exception as e2:
            if type(e2).__name__ == want_exc:
                return "ok"
            mismatches.append((label, "CPython raised %s; taipan raised %s: %s" % (want_exc, type(e2).__name__, e2)))
            return "bad"
        if want_exc == "RecursionError":
            return "skip"
        mismatches.append((label, "CPython raised %s, taipan returned %r" % (want_exc, got[:200])))
        return "bad"
    try:
        got = mine.unparse(tree)
    except RecursionError:
        return "skip"
    except Exception as e:
        mismatches.append((label, "taipan raised %s: %s" % (type(e).__name__, e)))
        return "bad"
    if got == want:
        return "ok"
    diff = list(difflib.unified_diff(want.splitlines(), got.splitlines(), "cpython", "taipan", n=1, lineterm=""))
    if not diff:
        diff = ["(differ only in trailing newlines) %r vs %r" % (want[-20:], got[-20:])]
    mismatches.append((label, "\n".join(diff[:24])))
    return "bad"


_SOLO = ("stmt", "expr", "pattern", "arguments", "comprehension", "keyword", "withitem", "match_case")


def check_tree(label, tree, nodes, mismatches, verbose):
    counts = {"ok": 0, "skip": 0, "bad": 0}
    counts[compare(label, tree, mismatches, verbose)] += 1
    if nodes:
        solo = [n for n in ast.walk(tree) if any(type(n).__mro__[1].__name__ == s or type(n).__name__ == s for s in _SOLO)]
        for n in solo:
            where = "%s:%s %s" % (label, getattr(n, "lineno", "?"), type(n).__name__)
            before = len(mismatches)
            result = compare(where, n, mismatches, verbose)
            counts["nodes_" + result] = counts.get("nodes_" + result, 0) + 1
            if len(mismatches) - before and len(mismatches) > 200:
                break
    return counts


def embedded_sources(tree):
    seen = set()
    for n in ast.walk(tree):
        if type(n) is ast.Constant and isinstance(n.value, str) and n.value not in seen:
            seen.add(n.value)
            try:
                sub = ast.parse(n.value)
            except Exception:
                continue
            if sub.body:
                yield getattr(n, "lineno", "?"), sub


def check_file(args):
    path, nodes, verbose, strings = args
    mismatches = []
    try:
        with open(path, "rb") as f:
            source = f.read()
        tree = ast.parse(source, filename=path)
    except (SyntaxError, ValueError, RecursionError, MemoryError, UnicodeDecodeError):
        return path, {"unparsable": 1}, []
    counts = check_tree(path, tree, nodes, mismatches, verbose)
    if strings:
        for lineno, sub in embedded_sources(tree):
            c = check_tree("%s:%s (string literal)" % (path, lineno), sub, nodes, mismatches, verbose)
            for k, v in c.items():
                key = "strings_" + k
                counts[key] = counts.get(key, 0) + v
    return path, counts, mismatches


def walk_files(roots, skip_tests):
    for root in roots:
        if not os.path.exists(root):
            raise SystemExit("unparse_check: no such file or directory: %s" % root)
        if os.path.isfile(root):
            yield root
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames
                                 if d not in ("__pycache__", "site-packages")
                                 and not (skip_tests and d in ("test", "tests", "idle_test")))
            for name in sorted(filenames):
                if name.endswith(".py"):
                    yield os.path.join(dirpath, name)


def main(argv):
    nodes = "--nodes" in argv
    verbose = "-v" in argv
    skip_tests = "--no-tests" in argv
    no_stdlib = "--no-stdlib" in argv
    strings = "--strings" in argv
    jobs = os.cpu_count() or 1
    fuzz_count = 0
    seed = 0
    paths = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("-j", "--fuzz", "--seed"):
            value = int(argv[i + 1])
            if a == "-j":
                jobs = value
            elif a == "--fuzz":
                fuzz_count = value
            else:
                seed = value
            i += 1
        elif not a.startswith("-"):
            paths.append(a)
        i += 1

    total = {}
    mismatches = []

    def add(counts):
        for k, v in counts.items():
            total[k] = total.get(k, 0) + v

    # built-in snippets
    snippet_total = {"ok": 0, "skip": 0, "bad": 0}
    for src in SNIPPETS:
        try:
            tree = ast.parse(src)
        except SyntaxError as e:
            mismatches.append(("snippet %r" % src, "CPython cannot parse the snippet: %s" % e))
            continue
        c = check_tree("snippet %r" % src, tree, True, mismatches, verbose)
        for k, v in c.items():
            snippet_total[k] = snippet_total.get(k, 0) + v
    for desc, tree in _built():
        snippet_total[compare("built %s" % desc, tree, mismatches, verbose)] += 1
    print("snippets: %d ok, %d bad, %d skipped; solo nodes: %d ok, %d bad" % (
        snippet_total["ok"], snippet_total["bad"], snippet_total["skip"],
        snippet_total.get("nodes_ok", 0), snippet_total.get("nodes_bad", 0)))

    if fuzz_count:
        c = fuzz(fuzz_count, seed, mismatches)
        print("fuzz: %d ok, %d bad, %d skipped" % (c["ok"], c["bad"], c["skip"]))

    if not paths and not no_stdlib:
        paths = [STDLIB]
    files = list(walk_files(paths, skip_tests))
    work = [(p, nodes, verbose, strings) for p in files]
    if jobs > 1 and len(work) > 1:
        import multiprocessing
        with multiprocessing.Pool(jobs) as pool:
            results = pool.imap_unordered(check_file, work, chunksize=4)
            results = list(results)
    else:
        results = [check_file(w) for w in work]
    results.sort()
    bad_files = 0
    for path, counts, mm in results:
        add(counts)
        if mm:
            bad_files += 1
        if verbose:
            print("%s %s" % ("BAD " if mm else "ok  ", path))
        mismatches.extend(mm)

    shown = 0
    for label, text in mismatches:
        if shown >= 60:
            break
        shown += 1
        print("--- MISMATCH", label)
        print(text)
    if len(mismatches) > shown:
        print("... %d more mismatches not shown" % (len(mismatches) - shown))
    if files:
        print("files: %d checked, %d identical, %d with mismatches, %d skipped (CPython cannot parse), %d skipped (CPython unparse recursion)" % (
            len(files), total.get("ok", 0), bad_files, total.get("unparsable", 0), total.get("skip", 0)))
        if strings:
            print("string literals parsed as code: %d identical, %d mismatched, %d skipped" % (
                total.get("strings_ok", 0), total.get("strings_bad", 0), total.get("strings_skip", 0)))
        if nodes:
            print("solo nodes: %d identical, %d mismatched, %d skipped" % (
                total.get("nodes_ok", 0), total.get("nodes_bad", 0), total.get("nodes_skip", 0)))
    print("total mismatches: %d" % len(mismatches))
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
