"""`ast.unparse` for taipan: source text from an AST, byte-identical to CPython 3.11.

The design is a single visitor class, `_Unparser`, with one `n_<NodeName>` method per
node type it knows.  Output goes into a list of string pieces that is joined at the end.

Parenthesization works with binding levels (the `_P_*` numbers below, weakest
first).  A parent records, per child node, the level the child's position demands
(`self.need`, keyed by id(node)); a child whose own operator binds more loosely than
that demand wraps itself in parentheses.  Children nobody annotated are treated as if
they sat in a plain-expression (`_P_TEST`) position, which is what makes CPython write
e.g. `x = (1, 2)` and `return (yield)`.

This module deliberately imports nothing: taipan ships few modules, and nodes are
recognised by class name (`type(node).__name__`) rather than by isinstance checks.
"""

# Binding levels, weakest first.  `|` shares a level with the generic "bitwise
# expression" position (CPython names both EXPR/BOR), so e.g. `*x` and `**x` operands
# at _P_EXPR still accept `a | b` without parentheses.
_P_NAMED = 1     # x := y
_P_TUPLE = 2     # a, b
_P_YIELD = 3     # yield, yield from
_P_TEST = 4      # a if b else c, lambda
_P_OR = 5
_P_AND = 6
_P_NOT = 7
_P_CMP = 8
_P_EXPR = 9
_P_BOR = 9
_P_BXOR = 10
_P_BAND = 11
_P_SHIFT = 12
_P_ARITH = 13
_P_TERM = 14
_P_FACTOR = 15   # unary + - ~
_P_POWER = 16
_P_AWAIT = 17
_P_ATOM = 18


def _tighter(level):
    # One step tighter, saturating: long `and`/`or` chains walk up this ladder.
    return level + 1 if level < _P_ATOM else _P_ATOM


# class name -> (spelling, level)
_BINARY = {
    "Add": ("+", _P_ARITH), "Sub": ("-", _P_ARITH),
    "Mult": ("*", _P_TERM), "MatMult": ("@", _P_TERM), "Div": ("/", _P_TERM),
    "Mod": ("%", _P_TERM), "FloorDiv": ("//", _P_TERM),
    "LShift": ("<<", _P_SHIFT), "RShift": (">>", _P_SHIFT),
    "BitOr": ("|", _P_BOR), "BitXor": ("^", _P_BXOR), "BitAnd": ("&", _P_BAND),
    "Pow": ("**", _P_POWER),
}
_UNARY = {
    "Not": ("not", _P_NOT), "Invert": ("~", _P_FACTOR),
    "UAdd": ("+", _P_FACTOR), "USub": ("-", _P_FACTOR),
}
_BOOLEAN = {"And": ("and", _P_AND), "Or": ("or", _P_OR)}
_COMPARE = {
    "Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=",
    "Is": "is", "IsNot": "is not", "In": "in", "NotIn": "not in",
}

# Quote styles in order of preference; the triple ones are the only ones that may
# hold a raw newline.
_QUOTES = ("'", '"', '"""', "'''")
_TRIPLE_QUOTES = ('"""', "'''")

# An overflowing literal is the only way to spell an infinite float in source.
_INF = "1e309"

_HEX = "0123456789abcdef"


def _hex(n, width):
    digits = []
    for _ in range(width):
        digits.append(_HEX[n & 15])
        n >>= 4
    return "".join(reversed(digits))


def _escape(c, keep_newline_tab):
    # Inside f-string expression parts a backslash is illegal, so raw newlines and
    # tabs are kept as-is there (they end up in a triple-quoted string); elsewhere
    # they and every unprintable character get the `unicode_escape` spelling.
    if keep_newline_tab and (c == "\n" or c == "\t"):
        return c
    if c == "\\":
        return "\\\\"
    if c.isprintable():
        return c
    if c == "\n":
        return "\\n"
    if c == "\t":
        return "\\t"
    if c == "\r":
        return "\\r"
    n = ord(c)
    if n < 0x100:
        return "\\x" + _hex(n, 2)
    if n < 0x10000:
        return "\\u" + _hex(n, 4)
    return "\\U" + _hex(n, 8)


def _pick_quotes(text, candidates, escape_whitespace=False):
    """Escape `text` for use between quotes and narrow `candidates` to the quote
    styles that can hold it without further escapes.  Returns (body, styles);
    the caller uses styles[0]."""
    body = "".join([_escape(c, not escape_whitespace) for c in text])
    usable = []
    for q in candidates:
        if "\n" in body and q not in _TRIPLE_QUOTES:
            continue
        if q in body:
            continue
        usable.append(q)
    if not usable:
        # Nothing fits: let repr choose and escape, then keep a style made of
        # repr's own quote character.
        spelled = repr(text)
        first = spelled[0]
        chosen = first
        for q in candidates:
            if first in q:
                chosen = q
                break
        return spelled[1:-1], [chosen]
    if body:
        last = body[-1]
        # Prefer a style whose quote character differs from the text's last
        # character ('''"''' reads better than """\"""").  Stable partition.
        usable = [q for q in usable if q[0] != last] + [q for q in usable if q[0] == last]
        if usable[0][0] == last:
            # Only a triple style can land here; its closing run would swallow the
            # final character, so that one character gets a backslash.
            body = body[:-1] + "\\" + last
    return body, usable


def _docstring_of(node):
    # The leading string expression of a module, class or function body; CPython
    # prints it as a triple-quoted literal instead of a repr.
    if type(node).__name__ not in ("Module", "ClassDef", "FunctionDef", "AsyncFunctionDef"):
        return None
    body = node.body
    if not body:
        return None
    first = body[0]
    if type(first).__name__ != "Expr":
        return None
    value = first.value
    if type(value).__name__ == "Constant" and isinstance(value.value, str):
        return value
    return None


def _is_node(value):
    return hasattr(type(value), "_fields") and hasattr(type(value), "_attributes")


class _Unparser:
    def __init__(self, in_fstring=False):
        self.out = []
        self.depth = 0
        self.need = {}
        # Inside an f-string replacement field (3.11 grammar): strings there must
        # be spelled without backslashes.
        self.in_fstring = in_fstring
        # except* vs except: decided by the innermost enclosing try statement.
        self.star_try = False
        self.type_ignores = {}

    # -- output plumbing ---------------------------------------------------------

    def run(self, node):
        # Resetting the buffer here, and routing child visits of nodes without a
        # dedicated method through here, reproduces CPython's results for e.g.
        # Expression and Interactive roots (only the last child survives).
        self.out = []
        self.visit(node)
        return "".join(self.out)

    def emit(self, *pieces):
        self.out.extend(pieces)

    def new_line(self):
        if self.out:
            self.out.append("\n")

    def line(self, text=""):
        self.new_line()
        self.out.append("    " * self.depth + text)

    def suite(self, stmts, trailer=None):
        self.out.append(":")
        if trailer:
            self.out.append(trailer)
        self.depth += 1
        self.visit(stmts)
        self.depth -= 1

    def capture(self, fn, arg):
        saved = self.out
        self.out = []
        try:
            fn(arg)
            return "".join(self.out)
        finally:
            self.out = saved

    def join(self, items, fn=None, sep=", "):
        fn = fn or self.visit
        first = True
        for item in items:
            if first:
                first = False
            else:
                self.out.append(sep)
            fn(item)

    def sequence(self, items, fn=None):
        # A one-element sequence keeps its trailing comma so it stays a tuple.
        fn = fn or self.visit
        if len(items) == 1:
            fn(items[0])
            self.out.append(",")
        else:
            self.join(items, fn)

    def demand(self, node):
        return self.need.get(id(node), _P_TEST)

    def require(self, level, *nodes):
        for n in nodes:
            self.need[id(n)] = level

    def open_if(self, cond, text="("):
        if cond:
            self.out.append(text)
        return cond

    def close_if(self, cond, text=")"):
        if cond:
            self.out.append(text)

    def visit(self, node):
        if isinstance(node, list):
            for item in node:
                self.visit(item)
            return
        method = getattr(self, "n_" + type(node).__name__, None)
        if method is not None:
            method(node)
            return
        # Roots such as Expression/Interactive, and operator or context nodes.
        for field in type(node)._fields:
            value = getattr(node, field, None)
            if isinstance(value, list):
                for item in value:
                    if _is_node(item):
                        self.run(item)
            elif _is_node(value):
                self.run(value)

    def type_comment(self, node):
        note = self.type_ignores.get(getattr(node, "lineno", None)) or getattr(node, "type_comment", None)
        if note is not None:
            return " # type: " + note
        return None

    def body_with_docstring(self, node):
        doc = _docstring_of(node)
        if doc is None:
            self.visit(node.body)
            return
        self.line()
        if getattr(doc, "kind", None) == "u":
            self.emit("u")
        self.quoted(doc.value, _TRIPLE_QUOTES)
        self.visit(node.body[1:])

    def quoted(self, text, styles=_QUOTES):
        body, usable = _pick_quotes(text, styles)
        self.emit(usable[0], body, usable[0])

    # -- module level ------------------------------------------------------------

    def n_Module(self, node):
        self.type_ignores = {}
        for ig in node.type_ignores:
            self.type_ignores[ig.lineno] = "ignore" + ig.tag
        self.body_with_docstring(node)
        self.type_ignores = {}

    def n_FunctionType(self, node):
        self.emit("(")
        self.join(node.argtypes)
        self.emit(")", " -> ")
        self.visit(node.returns)

    # -- simple statements -------------------------------------------------------

    def n_Expr(self, node):
        self.line()
        # A bare `yield` statement needs no parentheses.
        self.require(_P_YIELD, node.value)
        self.visit(node.value)

    def n_Import(self, node):
        self.line("import ")
        self.join(node.names)

    def n_ImportFrom(self, node):
        self.line("from ")
        self.emit("." * (node.level or 0))
        if node.module:
            self.emit(node.module)
        self.emit(" import ")
        self.join(node.names)

    def n_alias(self, node):
        self.emit(node.name)
        if node.asname:
            self.emit(" as " + node.asname)

    def n_Assign(self, node):
        self.line()
        for target in node.targets:
            # Targets may be bare tuples (`a, b = ...`); the value may not.
            self.require(_P_TUPLE, target)
            self.visit(target)
            self.emit(" = ")
        self.visit(node.value)
        note = self.type_comment(node)
        if note:
            self.emit(note)

    def n_AugAssign(self, node):
        self.line()
        self.visit(node.target)
        self.emit(" " + _BINARY[type(node.op).__name__][0] + "= ")
        self.visit(node.value)

    def n_AnnAssign(self, node):
        self.line()
        # `(x): int` (simple=0) differs from `x: int` in that x is not recorded in
        # __annotations__, so the parentheses must survive.
        wrap = self.open_if(not node.simple and type(node.target).__name__ == "Name")
        self.visit(node.target)
        self.close_if(wrap)
        self.emit(": ")
        self.visit(node.annotation)
        if node.value:
            self.emit(" = ")
            self.visit(node.value)

    def n_Return(self, node):
        self.line("return")
        if node.value:
            self.emit(" ")
            self.visit(node.value)

    def n_Pass(self, node):
        self.line("pass")

    def n_Break(self, node):
        self.line("break")

    def n_Continue(self, node):
        self.line("continue")

    def n_Delete(self, node):
        self.line("del ")
        self.join(node.targets)

    def n_Assert(self, node):
        self.line("assert ")
        self.visit(node.test)
        if node.msg:
            self.emit(", ")
            self.visit(node.msg)

    def n_Global(self, node):
        self.line("global ")
        self.join(node.names, self.emit)

    def n_Nonlocal(self, node):
        self.line("nonlocal ")
        self.join(node.names, self.emit)

    def n_Raise(self, node):
        self.line("raise")
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.emit(" ")
        self.visit(node.exc)
        if node.cause:
            self.emit(" from ")
            self.visit(node.cause)

    # -- compound statements -----------------------------------------------------

    def try_statement(self, node, star):
        outer = self.star_try
        self.star_try = star
        try:
            self.line("try")
            self.suite(node.body)
            for handler in node.handlers:
                self.visit(handler)
            if node.orelse:
                self.line("else")
                self.suite(node.orelse)
            if node.finalbody:
                self.line("finally")
                self.suite(node.finalbody)
        finally:
            self.star_try = outer

    def n_Try(self, node):
        self.try_statement(node, False)

    def n_TryStar(self, node):
        self.try_statement(node, True)

    def n_ExceptHandler(self, node):
        self.line("except*" if self.star_try else "except")
        if node.type:
            self.emit(" ")
            self.visit(node.type)
        if node.name:
            self.emit(" as ", node.name)
        self.suite(node.body)

    def decorators(self, node):
        # Definitions are set off from what precedes them by a blank line.
        self.new_line()
        for deco in node.decorator_list:
            self.line("@")
            self.visit(deco)

    def n_ClassDef(self, node):
        self.decorators(node)
        self.line("class " + node.name)
        wrap = self.open_if(bool(node.bases or node.keywords))
        self.join(list(node.bases) + list(node.keywords))
        self.close_if(wrap)
        self.suite_with_docstring(node)

    def suite_with_docstring(self, node, trailer=None):
        self.emit(":")
        if trailer:
            self.emit(trailer)
        self.depth += 1
        self.body_with_docstring(node)
        self.depth -= 1

    def function(self, node, keyword):
        self.decorators(node)
        self.line(keyword + " " + node.name)
        self.emit("(")
        self.visit(node.args)
        self.emit(")")
        if node.returns:
            self.emit(" -> ")
            self.visit(node.returns)
        self.suite_with_docstring(node, self.type_comment(node))

    def n_FunctionDef(self, node):
        self.function(node, "def")

    def n_AsyncFunctionDef(self, node):
        self.function(node, "async def")

    def loop(self, node, keyword):
        self.line(keyword)
        self.require(_P_TUPLE, node.target)
        self.visit(node.target)
        self.emit(" in ")
        self.visit(node.iter)
        self.suite(node.body, self.type_comment(node))
        if node.orelse:
            self.line("else")
            self.suite(node.orelse)

    def n_For(self, node):
        self.loop(node, "for ")

    def n_AsyncFor(self, node):
        self.loop(node, "async for ")

    def n_If(self, node):
        self.line("if ")
        self.visit(node.test)
        self.suite(node.body)
        # An else branch holding exactly one `if` is printed as `elif`.
        while node.orelse and len(node.orelse) == 1 and type(node.orelse[0]).__name__ == "If":
            node = node.orelse[0]
            self.line("elif ")
            self.visit(node.test)
            self.suite(node.body)
        if node.orelse:
            self.line("else")
            self.suite(node.orelse)

    def n_While(self, node):
        self.line("while ")
        self.visit(node.test)
        self.suite(node.body)
        if node.orelse:
            self.line("else")
            self.suite(node.orelse)

    def with_statement(self, node, keyword):
        self.line(keyword)
        self.join(node.items)
        self.suite(node.body, self.type_comment(node))

    def n_With(self, node):
        self.with_statement(node, "with ")

    def n_AsyncWith(self, node):
        self.with_statement(node, "async with ")

    def n_withitem(self, node):
        self.visit(node.context_expr)
        if node.optional_vars:
            self.emit(" as ")
            self.visit(node.optional_vars)

    def n_Match(self, node):
        self.line("match ")
        self.visit(node.subject)
        self.emit(":")
        self.depth += 1
        for case in node.cases:
            self.visit(case)
        self.depth -= 1

    def n_match_case(self, node):
        self.line("case ")
        self.visit(node.pattern)
        if node.guard:
            self.emit(" if ")
            self.visit(node.guard)
        self.suite(node.body)

    # -- patterns ----------------------------------------------------------------

    def n_MatchValue(self, node):
        self.visit(node.value)

    def n_MatchSingleton(self, node):
        self.scalar(node.value)

    def n_MatchSequence(self, node):
        self.emit("[")
        self.join(node.patterns)
        self.emit("]")

    def n_MatchStar(self, node):
        self.emit("*" + (node.name if node.name is not None else "_"))

    def n_MatchMapping(self, node):
        self.emit("{")
        first = True
        for key, pattern in zip(node.keys, node.patterns):
            if not first:
                self.emit(", ")
            first = False
            self.visit(key)
            self.emit(": ")
            self.visit(pattern)
        if node.rest is not None:
            if node.keys:
                self.emit(", ")
            self.emit("**" + node.rest)
        self.emit("}")

    def n_MatchClass(self, node):
        self.require(_P_ATOM, node.cls)
        self.visit(node.cls)
        self.emit("(")
        self.join(node.patterns)
        if node.kwd_attrs:
            if node.patterns:
                self.emit(", ")
            first = True
            for attr, pattern in zip(node.kwd_attrs, node.kwd_patterns):
                if not first:
                    self.emit(", ")
                first = False
                self.emit(attr + "=")
                self.visit(pattern)
        self.emit(")")

    def n_MatchAs(self, node):
        if node.name is None:
            self.emit("_")
        elif node.pattern is None:
            self.emit(node.name)
        else:
            wrap = self.open_if(self.demand(node) > _P_TEST)
            self.require(_P_BOR, node.pattern)
            self.visit(node.pattern)
            self.emit(" as " + node.name)
            self.close_if(wrap)

    def n_MatchOr(self, node):
        wrap = self.open_if(self.demand(node) > _P_BOR)
        self.require(_tighter(_P_BOR), *node.patterns)
        self.join(node.patterns, sep=" | ")
        self.close_if(wrap)

    # -- function signatures and calls -------------------------------------------

    def n_arg(self, node):
        self.emit(node.arg)
        if node.annotation:
            self.emit(": ")
            self.visit(node.annotation)

    def n_arguments(self, node):
        positional = list(node.posonlyargs) + list(node.args)
        # Defaults align with the last positional parameters.
        pad = len(positional) - len(node.defaults)
        pieces = 0
        for i, a in enumerate(positional):
            if pieces:
                self.emit(", ")
            pieces += 1
            self.visit(a)
            if i >= pad:
                self.emit("=")
                self.visit(node.defaults[i - pad])
            if i + 1 == len(node.posonlyargs):
                self.emit(", /")
        if node.vararg or node.kwonlyargs:
            if pieces:
                self.emit(", ")
            pieces += 1
            self.emit("*")
            if node.vararg:
                self.emit(node.vararg.arg)
                if node.vararg.annotation:
                    self.emit(": ")
                    self.visit(node.vararg.annotation)
        for a, default in zip(node.kwonlyargs, node.kw_defaults):
            self.emit(", ")
            self.visit(a)
            if default:
                self.emit("=")
                self.visit(default)
        if node.kwarg:
            if pieces:
                self.emit(", ")
            self.emit("**" + node.kwarg.arg)
            if node.kwarg.annotation:
                self.emit(": ")
                self.visit(node.kwarg.annotation)

    def n_keyword(self, node):
        if node.arg is None:
            self.emit("**")
        else:
            self.emit(node.arg, "=")
        self.visit(node.value)

    def n_Call(self, node):
        self.require(_P_ATOM, node.func)
        self.visit(node.func)
        self.emit("(")
        self.join(list(node.args) + list(node.keywords))
        self.emit(")")

    def n_Lambda(self, node):
        wrap = self.open_if(self.demand(node) > _P_TEST)
        self.emit("lambda")
        params = self.capture(self.visit, node.args)
        if params:
            self.emit(" ", params)
        self.emit(": ")
        self.require(_P_TEST, node.body)
        self.visit(node.body)
        self.close_if(wrap)

    # -- expressions -------------------------------------------------------------

    def n_Name(self, node):
        self.emit(node.id)

    def n_NamedExpr(self, node):
        wrap = self.open_if(self.demand(node) > _P_TUPLE)
        self.require(_P_ATOM, node.target, node.value)
        self.visit(node.target)
        self.emit(" := ")
        self.visit(node.value)
        self.close_if(wrap)

    def n_Await(self, node):
        wrap = self.open_if(self.demand(node) > _P_AWAIT)
        self.emit("await")
        if node.value:
            self.emit(" ")
            self.require(_P_ATOM, node.value)
            self.visit(node.value)
        self.close_if(wrap)

    def n_Yield(self, node):
        wrap = self.open_if(self.demand(node) > _P_YIELD)
        self.emit("yield")
        if node.value:
            self.emit(" ")
            self.require(_P_ATOM, node.value)
            self.visit(node.value)
        self.close_if(wrap)

    def n_YieldFrom(self, node):
        wrap = self.open_if(self.demand(node) > _P_YIELD)
        self.emit("yield from ")
        if not node.value:
            raise ValueError("Node can't be used without a value attribute.")
        self.require(_P_ATOM, node.value)
        self.visit(node.value)
        self.close_if(wrap)

    def n_BoolOp(self, node):
        word, level = _BOOLEAN[type(node.op).__name__]
        wrap = self.open_if(self.demand(node) > level)
        # CPython asks each successive operand for a one-step tighter binding
        # than the previous one; reproduce that so parentheses match.
        first = True
        for value in node.values:
            if not first:
                self.emit(" " + word + " ")
            first = False
            level = _tighter(level)
            self.require(level, value)
            self.visit(value)
        self.close_if(wrap)

    def n_BinOp(self, node):
        sign, level = _BINARY[type(node.op).__name__]
        wrap = self.open_if(self.demand(node) > level)
        if sign == "**":
            # Right-associative: only the left operand needs the tighter binding.
            self.require(_tighter(level), node.left)
            self.require(level, node.right)
        else:
            self.require(level, node.left)
            self.require(_tighter(level), node.right)
        self.visit(node.left)
        self.emit(" " + sign + " ")
        self.visit(node.right)
        self.close_if(wrap)

    def n_UnaryOp(self, node):
        word, level = _UNARY[type(node.op).__name__]
        wrap = self.open_if(self.demand(node) > level)
        self.emit(word)
        if level != _P_FACTOR:
            # `not x`, but `-x`.
            self.emit(" ")
        self.require(level, node.operand)
        self.visit(node.operand)
        self.close_if(wrap)

    def n_Compare(self, node):
        wrap = self.open_if(self.demand(node) > _P_CMP)
        self.require(_tighter(_P_CMP), node.left, *node.comparators)
        self.visit(node.left)
        for op, right in zip(node.ops, node.comparators):
            self.emit(" " + _COMPARE[type(op).__name__] + " ")
            self.visit(right)
        self.close_if(wrap)

    def n_IfExp(self, node):
        wrap = self.open_if(self.demand(node) > _P_TEST)
        self.require(_tighter(_P_TEST), node.body, node.test)
        self.visit(node.body)
        self.emit(" if ")
        self.visit(node.test)
        self.emit(" else ")
        self.require(_P_TEST, node.orelse)
        self.visit(node.orelse)
        self.close_if(wrap)

    def n_Attribute(self, node):
        self.require(_P_ATOM, node.value)
        self.visit(node.value)
        inner = node.value
        if type(inner).__name__ == "Constant" and isinstance(inner.value, int):
            # `1.real` would lex as a float; `1 .real` does not.
            self.emit(" ")
        self.emit(".", node.attr)

    def n_Subscript(self, node):
        self.require(_P_ATOM, node.value)
        self.visit(node.value)
        self.emit("[")
        index = node.slice
        if type(index).__name__ == "Tuple" and index.elts:
            # A non-empty tuple index is written without its parentheses.
            self.sequence(index.elts)
        else:
            self.visit(index)
        self.emit("]")

    def n_Slice(self, node):
        if node.lower:
            self.visit(node.lower)
        self.emit(":")
        if node.upper:
            self.visit(node.upper)
        if node.step:
            self.emit(":")
            self.visit(node.step)

    def n_Starred(self, node):
        self.emit("*")
        self.require(_P_EXPR, node.value)
        self.visit(node.value)

    def n_Tuple(self, node):
        wrap = self.open_if(not node.elts or self.demand(node) > _P_TUPLE)
        self.sequence(node.elts)
        self.close_if(wrap)

    def n_List(self, node):
        self.emit("[")
        self.join(node.elts)
        self.emit("]")

    def n_Set(self, node):
        if not node.elts:
            # `{}` is a dict; an empty set needs another spelling.
            self.emit("{*()}")
            return
        self.emit("{")
        self.join(node.elts)
        self.emit("}")

    def n_Dict(self, node):
        self.emit("{")
        first = True
        for key, value in zip(node.keys, node.values):
            if not first:
                self.emit(", ")
            first = False
            if key is None:
                # `**mapping` entry
                self.emit("**")
                self.require(_P_EXPR, value)
                self.visit(value)
            else:
                self.visit(key)
                self.emit(": ")
                self.visit(value)
        self.emit("}")

    def comprehension_body(self, node, opener, closer):
        self.emit(opener)
        self.visit(node.elt)
        self.visit(node.generators)
        self.emit(closer)

    def n_ListComp(self, node):
        self.comprehension_body(node, "[", "]")

    def n_SetComp(self, node):
        self.comprehension_body(node, "{", "}")

    def n_GeneratorExp(self, node):
        self.comprehension_body(node, "(", ")")

    def n_DictComp(self, node):
        self.emit("{")
        self.visit(node.key)
        self.emit(": ")
        self.visit(node.value)
        self.visit(node.generators)
        self.emit("}")

    def n_comprehension(self, node):
        self.emit(" async for " if node.is_async else " for ")
        self.require(_P_TUPLE, node.target)
        self.visit(node.target)
        self.emit(" in ")
        self.require(_tighter(_P_TEST), node.iter, *node.ifs)
        self.visit(node.iter)
        for cond in node.ifs:
            self.emit(" if ")
            self.visit(cond)

    # -- literals ----------------------------------------------------------------

    def scalar(self, value):
        if isinstance(value, (float, complex)):
            text = repr(value).replace("inf", _INF)
            self.emit(text.replace("nan", "(" + _INF + "-" + _INF + ")"))
        elif self.in_fstring and isinstance(value, str):
            self.quoted(value)
        else:
            self.emit(repr(value))

    def n_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.emit("(")
            self.sequence(value, self.scalar)
            self.emit(")")
        elif value is ...:
            self.emit("...")
        else:
            if getattr(node, "kind", None) == "u":
                self.emit("u")
            self.scalar(value)

    # -- f-strings ---------------------------------------------------------------

    def fstring_piece(self, node):
        kind = type(node).__name__
        if kind == "JoinedStr":
            for value in node.values:
                self.fstring_piece(value)
        elif kind == "Constant" and isinstance(node.value, str):
            self.emit(node.value.replace("{", "{{").replace("}", "}}"))
        elif kind == "FormattedValue":
            self.n_FormattedValue(node)
        else:
            raise ValueError("Unexpected node inside JoinedStr, " + repr(node))

    def n_JoinedStr(self, node):
        self.emit("f")
        if self.in_fstring:
            self.quoted(self.capture(self.fstring_piece, node))
            return
        # At top level, literal parts may use escapes like `\n`; only replacement
        # fields must avoid backslashes.  Each part narrows the usable quote styles.
        raw = []
        for value in node.values:
            raw.append((self.capture(self.fstring_piece, value), type(value).__name__ == "Constant"))
        styles = list(_QUOTES)
        pieces = []
        for text, literal in raw:
            text, narrowed = _pick_quotes(text, styles, literal)
            if not [q for q in narrowed if q in styles]:
                # No style works for every part: CPython 3.11.7 then settles on
                # ''' and spells every part, replacement fields included, the way
                # repr spells it inside single quotes.  The leading '"' is only
                # there to force repr's choice of quote character.
                body = "".join([repr('"' + text)[2:-1] for text, _ in raw])
                self.emit("'''", body, "'''")
                return
            styles = narrowed
            pieces.append(text)
        self.emit(styles[0], "".join(pieces), styles[0])

    def n_FormattedValue(self, node):
        inner = _Unparser(in_fstring=True)
        inner.require(_tighter(_P_TEST), node.value)
        expr = inner.run(node.value)
        if "\\" in expr:
            raise ValueError("Unable to avoid backslash in f-string expression part")
        self.emit("{")
        if expr.startswith("{"):
            # `{{` would read as an escaped brace.
            self.emit(" ")
        self.emit(expr)
        if node.conversion != -1:
            self.emit("!" + chr(node.conversion))
        if node.format_spec:
            self.emit(":")
            self.fstring_piece(node.format_spec)
        self.emit("}")


def unparse(ast_obj):
    """Source text for `ast_obj` (a node or a list of statements), spelled exactly as
    CPython 3.11's `ast.unparse` spells it."""
    return _Unparser().run(ast_obj)
