"""Abstract syntax trees, as CPython 3.11's `ast` module presents them.

`parse` runs taipan's own parser (through `_frontend.parse`, the parser `taipan -m ast`
uses) and builds node objects of the classes below; `dump`, `literal_eval`, `walk`,
`NodeVisitor`, `NodeTransformer` and the location helpers work on those objects.
The node classes come from the table `_NODES`: one line per class of CPython 3.11's
Python.asdl — name, base, `_fields`, `_attributes`, and the fields that are optional
(whose class attribute is None, as in CPython).
"""
import _frontend

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

_NODES = """
mod AST |  |  | 
Module mod | body type_ignores |  | 
Interactive mod | body |  | 
Expression mod | body |  | 
FunctionType mod | argtypes returns |  | 
stmt AST |  | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
FunctionDef stmt | name args body decorator_list returns type_comment | lineno col_offset end_lineno end_col_offset | returns type_comment end_lineno end_col_offset
AsyncFunctionDef stmt | name args body decorator_list returns type_comment | lineno col_offset end_lineno end_col_offset | returns type_comment end_lineno end_col_offset
ClassDef stmt | name bases keywords body decorator_list | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Return stmt | value | lineno col_offset end_lineno end_col_offset | value end_lineno end_col_offset
Delete stmt | targets | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Assign stmt | targets value type_comment | lineno col_offset end_lineno end_col_offset | type_comment end_lineno end_col_offset
AugAssign stmt | target op value | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
AnnAssign stmt | target annotation value simple | lineno col_offset end_lineno end_col_offset | value end_lineno end_col_offset
For stmt | target iter body orelse type_comment | lineno col_offset end_lineno end_col_offset | type_comment end_lineno end_col_offset
AsyncFor stmt | target iter body orelse type_comment | lineno col_offset end_lineno end_col_offset | type_comment end_lineno end_col_offset
While stmt | test body orelse | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
If stmt | test body orelse | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
With stmt | items body type_comment | lineno col_offset end_lineno end_col_offset | type_comment end_lineno end_col_offset
AsyncWith stmt | items body type_comment | lineno col_offset end_lineno end_col_offset | type_comment end_lineno end_col_offset
Match stmt | subject cases | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Raise stmt | exc cause | lineno col_offset end_lineno end_col_offset | exc cause end_lineno end_col_offset
Try stmt | body handlers orelse finalbody | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
TryStar stmt | body handlers orelse finalbody | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Assert stmt | test msg | lineno col_offset end_lineno end_col_offset | msg end_lineno end_col_offset
Import stmt | names | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
ImportFrom stmt | module names level | lineno col_offset end_lineno end_col_offset | module level end_lineno end_col_offset
Global stmt | names | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Nonlocal stmt | names | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Expr stmt | value | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Pass stmt |  | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Break stmt |  | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Continue stmt |  | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
expr AST |  | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
BoolOp expr | op values | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
NamedExpr expr | target value | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
BinOp expr | left op right | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
UnaryOp expr | op operand | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Lambda expr | args body | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
IfExp expr | test body orelse | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Dict expr | keys values | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Set expr | elts | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
ListComp expr | elt generators | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
SetComp expr | elt generators | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
DictComp expr | key value generators | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
GeneratorExp expr | elt generators | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Await expr | value | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Yield expr | value | lineno col_offset end_lineno end_col_offset | value end_lineno end_col_offset
YieldFrom expr | value | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Compare expr | left ops comparators | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Call expr | func args keywords | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
FormattedValue expr | value conversion format_spec | lineno col_offset end_lineno end_col_offset | format_spec end_lineno end_col_offset
JoinedStr expr | values | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Constant expr | value kind | lineno col_offset end_lineno end_col_offset | kind end_lineno end_col_offset
Attribute expr | value attr ctx | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Subscript expr | value slice ctx | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Starred expr | value ctx | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Name expr | id ctx | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
List expr | elts ctx | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Tuple expr | elts ctx | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
Slice expr | lower upper step | lineno col_offset end_lineno end_col_offset | lower upper step end_lineno end_col_offset
expr_context AST |  |  | 
Load expr_context |  |  | 
Store expr_context |  |  | 
Del expr_context |  |  | 
boolop AST |  |  | 
And boolop |  |  | 
Or boolop |  |  | 
operator AST |  |  | 
Add operator |  |  | 
Sub operator |  |  | 
Mult operator |  |  | 
MatMult operator |  |  | 
Div operator |  |  | 
Mod operator |  |  | 
Pow operator |  |  | 
LShift operator |  |  | 
RShift operator |  |  | 
BitOr operator |  |  | 
BitXor operator |  |  | 
BitAnd operator |  |  | 
FloorDiv operator |  |  | 
unaryop AST |  |  | 
Invert unaryop |  |  | 
Not unaryop |  |  | 
UAdd unaryop |  |  | 
USub unaryop |  |  | 
cmpop AST |  |  | 
Eq cmpop |  |  | 
NotEq cmpop |  |  | 
Lt cmpop |  |  | 
LtE cmpop |  |  | 
Gt cmpop |  |  | 
GtE cmpop |  |  | 
Is cmpop |  |  | 
IsNot cmpop |  |  | 
In cmpop |  |  | 
NotIn cmpop |  |  | 
comprehension AST | target iter ifs is_async |  | 
excepthandler AST |  | lineno col_offset end_lineno end_col_offset | end_lineno end_col_offset
ExceptHandler excepthandler | type name body | lineno col_offset end_lineno end_col_offset | type name end_lineno end_col_offset
arguments AST | posonlyargs args vararg kwonlyargs kw_defaults kwarg defaults |  | vararg kwarg
arg AST | arg annotation type_comment | lineno col_offset end_lineno end_col_offset | annotation type_comment end_lineno end_col_offset
keyword AST | arg value | lineno col_offset end_lineno end_col_offset | arg end_lineno end_col_offset
alias AST | name asname | lineno col_offset end_lineno end_col_offset | asname end_lineno end_col_offset
withitem AST | context_expr optional_vars |  | optional_vars
match_case AST | pattern guard body |  | guard
pattern AST |  | lineno col_offset end_lineno end_col_offset | 
MatchValue pattern | value | lineno col_offset end_lineno end_col_offset | 
MatchSingleton pattern | value | lineno col_offset end_lineno end_col_offset | 
MatchSequence pattern | patterns | lineno col_offset end_lineno end_col_offset | 
MatchMapping pattern | keys patterns rest | lineno col_offset end_lineno end_col_offset | rest
MatchClass pattern | cls patterns kwd_attrs kwd_patterns | lineno col_offset end_lineno end_col_offset | 
MatchStar pattern | name | lineno col_offset end_lineno end_col_offset | name
MatchAs pattern | pattern name | lineno col_offset end_lineno end_col_offset | pattern name
MatchOr pattern | patterns | lineno col_offset end_lineno end_col_offset | 
type_ignore AST |  |  | 
TypeIgnore type_ignore | lineno tag |  | 
"""


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        if len(args) > len(cls._fields):
            raise TypeError('%s constructor takes at most %d positional argument%s'
                            % (cls.__name__, len(cls._fields), '' if len(cls._fields) == 1 else 's'))
        for name, value in zip(cls._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in cls._fields[:len(args)]:
                raise TypeError('%s got multiple values for argument %r' % (cls.__name__, name))
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


def _make_classes():
    made = {'AST': AST}
    for row in _NODES.strip().splitlines():
        head, fields, attributes, optional = [part.split() for part in row.split('|')]
        name, base = head
        ns = {
            '__module__': 'ast',
            '_fields': tuple(fields),
            '_attributes': tuple(attributes),
            '__match_args__': tuple(fields),
        }
        for opt in optional:
            ns[opt] = None
        made[name] = type(name, (made[base],), ns)
    return made


_classes = _make_classes()
globals().update(_classes)


def _build(t):
    # A node from `_frontend.parse`: (class name, field values, location or None).
    name, values, loc = t
    cls = _classes[name]
    node = cls.__new__(cls)
    for field, value in zip(cls._fields, values):
        if type(value) is tuple:
            value = _build(value)
        elif type(value) is list:
            value = [_build(v) if type(v) is tuple else v for v in value]
        setattr(node, field, value)
    if loc is not None:
        node.lineno, node.col_offset, node.end_lineno, node.end_col_offset = loc
    return node


def unparse(ast_obj):
    """Source text for a tree (the inverse of `parse`, up to formatting)."""
    # A module of its own: only programs that unparse pay for compiling it.
    from _ast_unparse import unparse as _unparse
    return _unparse(ast_obj)


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    """Parse `source` into an AST node (as `compile(source, filename, mode, PyCF_ONLY_AST)`)."""
    if isinstance(source, AST):
        return source
    if hasattr(filename, '__fspath__'):
        filename = filename.__fspath__()
    return _build(_frontend.parse(source, filename, mode, type_comments))


def iter_fields(node):
    """(name, value) for each field of `node` that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The direct child nodes of `node`: fields that are nodes, and nodes in list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Every node under `node` (itself included), breadth first, in no promised order."""
    pending = [node]
    while pending:
        current = pending.pop(0)
        pending.extend(iter_child_nodes(current))
        yield current


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree, as CPython prints it: a node whose arguments are at
    most three simple values stays on one line; with `indent`, everything else breaks
    one level per node."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(value, depth):
        # Returns (text, simple): simple values are scalars and field-less nodes.
        if indent is None:
            opener, joiner = '', ', '
        else:
            depth += 1
            opener = '\n' + indent * depth
            joiner = ',\n' + indent * depth
        if isinstance(value, AST):
            cls = type(value)
            parts = []
            all_simple = True
            named = annotate_fields
            for name in cls._fields:
                if not hasattr(value, name):
                    named = True
                    continue
                v = getattr(value, name)
                if v is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                text, simple = fmt(v, depth)
                all_simple = all_simple and simple
                parts.append('%s=%s' % (name, text) if named else text)
            if include_attributes:
                for name in cls._attributes:
                    if not hasattr(value, name):
                        continue
                    v = getattr(value, name)
                    if v is None and getattr(cls, name, ...) is None:
                        continue
                    text, simple = fmt(v, depth)
                    all_simple = all_simple and simple
                    parts.append('%s=%s' % (name, text))
            if all_simple and len(parts) <= 3:
                return '%s(%s)' % (cls.__name__, ', '.join(parts)), not parts
            return '%s(%s%s)' % (cls.__name__, opener, joiner.join(parts)), False
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[%s%s]' % (opener, joiner.join(fmt(v, depth)[0] for v in value)), False
        return repr(value), True

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % type(node).__name__)
    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy the location attributes of `old_node` to `new_node`; returns `new_node`."""
    for attr in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node without a location its parent's (1, 0 at the top)."""
    def fix(n, lineno, col, end_lineno, end_col):
        if 'lineno' in n._attributes:
            if not hasattr(n, 'lineno'):
                n.lineno = lineno
            else:
                lineno = n.lineno
        if 'end_lineno' in n._attributes:
            if getattr(n, 'end_lineno', None) is None:
                n.end_lineno = end_lineno
            else:
                end_lineno = n.end_lineno
        if 'col_offset' in n._attributes:
            if not hasattr(n, 'col_offset'):
                n.col_offset = col
            else:
                col = n.col_offset
        if 'end_col_offset' in n._attributes:
            if getattr(n, 'end_col_offset', None) is None:
                n.end_col_offset = end_col
            else:
                end_col = n.end_col_offset
        for child in iter_child_nodes(n):
            fix(child, lineno, col, end_lineno, end_col)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Move every line number in the tree down by `n`."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        # Imported here, as CPython does: only docstring users pay for inspect.
        from inspect import cleandoc
        text = cleandoc(text)
    return text


def _source_lines(source):
    # Lines with their endings, split at \r\n, \n and \r only (not at \f or other
    # characters str.splitlines treats as breaks), as the tokenizer counts lines.
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r' or c == '\n':
            if c == '\r' and i + 1 < n and source[i + 1] == '\n':
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The text of `source` that `node` was parsed from (None without positions).
    Columns are UTF-8 byte offsets, as in the tree. With `padded`, the first line of a
    multi-line node is indented to its original column."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col = node.col_offset
        end_col = node.end_col_offset
    except AttributeError:
        return None
    lines = _source_lines(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col:end_col].decode()
    first = lines[lineno].encode()[col:].decode()
    last = lines[end_lineno].encode()[:end_col].decode()
    padding = ' ' * len(lines[lineno].encode()[:col].decode()) if padded else ''
    return ''.join([padding + first] + lines[lineno + 1:end_lineno] + [last])


def literal_eval(node_or_string):
    """Evaluate a Python literal: strings, bytes, numbers, tuples, lists, dicts, sets,
    booleans, None, and + / - on numbers (for complex literals)."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(' \t'), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        message = 'malformed node or string'
        lineno = getattr(node, 'lineno', None)
        if lineno:
            message += ' on line %d' % lineno
        raise ValueError(message + ': ' + repr(node))

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(convert, node.elts))
        if isinstance(node, List):
            return list(map(convert, node.elts))
        if isinstance(node, Set):
            return set(map(convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(convert, node.keys), map(convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return convert(node_or_string)


class NodeVisitor:
    """Walks a tree calling `visit_<ClassName>` for each node (or `generic_visit`)."""

    def visit(self, node):
        return getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement node (None deletes it,
    a list splices several into a list field)."""

    def generic_visit(self, node):
        for field, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, field)
                else:
                    setattr(node, field, replacement)
        return node


def main():
    import sys
    args = sys.argv[1:]
    mode = 'exec'
    include_attributes = False
    indent = 3
    path = None
    while args:
        a = args.pop(0)
        if a in ('-a', '--include-attributes'):
            include_attributes = True
        elif a in ('-m', '--mode'):
            mode = args.pop(0)
        elif a in ('-i', '--indent'):
            indent = int(args.pop(0))
        else:
            path = a
    if path is None:
        source = sys.stdin.buffer.read() if hasattr(sys.stdin, 'buffer') else sys.stdin.read()
        name = '<stdin>'
    else:
        with open(path, 'rb') as f:
            source = f.read()
        name = path
    print(dump(parse(source, name, mode), include_attributes=include_attributes, indent=indent))


if __name__ == '__main__':
    main()
