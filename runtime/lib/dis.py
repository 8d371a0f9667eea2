"""Disassembler of taipan bytecode, with CPython 3.11's interface and listing layout.

taipan's bytecode is CPython 3.11's instruction set with a few deliberate differences
(no PRECALL, conditional jumps only forward, the runtime's own inline cache sizes and
opcode numbers).  This module prints taipan's real bytecode -- the code object's units
as compiled (co_code), or the quickened working copy with adaptive=True -- in the columns
CPython's dis uses, and computes argval/argrepr the way CPython's does.

The opcode table comes from the opcode module, built on the native module _opcode, which
is generated from the runtime's single table (runtime/src/bytecode/opcodes.rs).
"""

import sys
import _opcode

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode",
           "cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs", "stack_effect"]

# ---------------------------------------------------------------------------
# The opcode table (all derived from _opcode)

from opcode import *
from opcode import __all__ as _opcodes_all
from opcode import (_inline_cache_entries, _nb_ops, _specializations,
                    _specialized_instructions)

_kinds = _opcode.argkind
_deopt = _opcode.deopt
_all_opname = opname
CACHE = opmap["CACHE"]

# Specialized instruction -> the instruction it was specialized from.
deoptmap = {
    specialized: base for base, family in _specializations.items() for specialized in family
}

LOAD_CONST = opmap["LOAD_CONST"]
LOAD_GLOBAL = opmap["LOAD_GLOBAL"]
BINARY_OP = opmap["BINARY_OP"]
FORMAT_VALUE = opmap["FORMAT_VALUE"]
MAKE_FUNCTION = opmap["MAKE_FUNCTION"]

FORMAT_VALUE_CONVERTERS = (
    (None, ''),
    (str, 'str'),
    (repr, 'repr'),
    (ascii, 'ascii'),
)
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


def _deoptop(op):
    return _deopt[op] if op < len(_deopt) else op


def _is_backward_jump(op):
    return op < len(_kinds) and _kinds[op] == "jump_backward"


def _jump_target(op, arg, offset):
    """Byte offset a relative jump at `offset` goes to: forward distances count from the
    end of the jump's inline caches, backward ones from the end of the jump."""
    deop = _deoptop(op)
    if _is_backward_jump(deop):
        return offset + 2 - arg * 2
    return offset + 2 + 2 * _inline_cache_entries[deop] + arg * 2


class _Unknown:
    def __repr__(self):
        return "<unknown>"


UNKNOWN = _Unknown()


# ---------------------------------------------------------------------------
# Named tuples (without the collections module)

def _record(typename, fields, doc=None):
    fields = tuple(fields)
    n = len(fields)

    def __new__(cls, *args, **kwargs):
        if len(args) > n:
            raise TypeError("%s() takes %d positional arguments but %d were given"
                            % (typename, n + 1, len(args) + 1))
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            else:
                raise TypeError("%s() missing required argument: %r" % (typename, name))
        if kwargs:
            raise TypeError("%s() got an unexpected keyword argument %r"
                            % (typename, next(iter(kwargs))))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self)))

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kwargs):
        values = [kwargs.pop(f, v) for f, v in zip(fields, self)]
        if kwargs:
            raise ValueError("Got unexpected field names: %r" % list(kwargs))
        return tuple.__new__(type(self), values)

    def __getnewargs__(self):
        return tuple(self)

    ns = {
        "__slots__": (),
        "__new__": __new__,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "_replace": _replace,
        "__getnewargs__": __getnewargs__,
        "_fields": fields,
        "__doc__": doc or "%s(%s)" % (typename, ", ".join(fields)),
        "__module__": "dis",
    }
    for i, name in enumerate(fields):
        ns[name] = property(lambda self, i=i: tuple.__getitem__(self, i))
    return type(typename, (tuple,), ns)


Positions = _record("Positions", ["lineno", "end_lineno", "col_offset", "end_col_offset"])
_ExceptionTableEntry = _record("_ExceptionTableEntry", ["start", "end", "target", "depth", "lasti"])
_InstructionBase = _record("_Instruction", [
    "opname", "opcode", "arg", "argval", "argrepr", "offset",
    "starts_line", "is_jump_target", "positions"])


class Instruction(_InstructionBase):
    """Details for a bytecode operation

       Defined fields:
         opname - human readable name for operation
         opcode - numeric code for operation
         arg - numeric argument to operation (if any), otherwise None
         argval - resolved arg value (if known), otherwise same as arg
         argrepr - human readable description of operation argument
         offset - start index of operation within bytecode sequence
         starts_line - line started by this opcode (if any), otherwise None
         is_jump_target - True if other code jumps to here, otherwise False
         positions - Optional dis.Positions object holding the span of source code
                     covered by this instruction
    """
    __slots__ = ()

    def __new__(cls, opname, opcode, arg, argval, argrepr, offset,
                starts_line, is_jump_target, positions=None):
        return tuple.__new__(cls, (opname, opcode, arg, argval, argrepr, offset,
                                   starts_line, is_jump_target, positions))

    def __repr__(self):
        return "Instruction(%s)" % ", ".join(
            "%s=%r" % (f, v) for f, v in zip(self._fields, self))

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """One line of the listing: line number, current-instruction marker, jump
        target marker, offset, name, argument and its meaning."""
        cols = []
        if lineno_width:
            if self.starts_line is None:
                cols.append(" " * lineno_width)
            else:
                cols.append(str(self.starts_line).rjust(lineno_width))
        cols.append("-->" if mark_as_current else "   ")
        cols.append(">>" if self.is_jump_target else "  ")
        cols.append(repr(self.offset).rjust(offset_width))
        cols.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            cols.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                cols.append("(" + self.argrepr + ")")
        return " ".join(cols).rstrip()


# ---------------------------------------------------------------------------
# Code objects from whatever was given

def _try_compile(source, name):
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _get_code_object(x):
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _get_code_array(co, adaptive):
    if adaptive:
        return getattr(co, "_co_code_adaptive", co.co_code)
    return co.co_code


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    out = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    if co.co_consts:
        out.append("Constants:")
        for i, c in enumerate(co.co_consts):
            out.append("%4d: %r" % (i, c))
    for title, seq in (("Names:", co.co_names),
                       ("Variable names:", co.co_varnames),
                       ("Free variables:", co.co_freevars),
                       ("Cell variables:", co.co_cellvars)):
        if seq:
            out.append(title)
            for i, n in enumerate(seq):
                out.append("%4d: %s" % (i, n))
    return "\n".join(out)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*."""
    print(code_info(co), file=file)


# ---------------------------------------------------------------------------
# Decoding

def _parse_varint(it):
    b = next(it)
    val = b & 63
    while b & 64:
        val <<= 6
        b = next(it)
        val |= b & 63
    return val


def _parse_exception_table(code):
    it = iter(code.co_exceptiontable)
    entries = []
    try:
        while True:
            start = _parse_varint(it) * 2
            length = _parse_varint(it) * 2
            end = start + length
            target = _parse_varint(it) * 2
            dl = _parse_varint(it)
            entries.append(_ExceptionTableEntry(start, end, target, dl >> 1, bool(dl & 1)))
    except StopIteration:
        return entries


def _unpack_opargs(code):
    """(offset, opcode, argument or None) per instruction, inline caches skipped."""
    ext = 0
    i = 0
    n = len(code)
    while i < n:
        op = code[i]
        deop = _deoptop(op)
        kind = _kinds[deop] if deop < len(_kinds) else "none"
        if kind != "none":
            arg = code[i + 1] | ext
            ext = (arg << 8) if deop == EXTENDED_ARG else 0
        else:
            arg = None
            ext = 0
        yield (i, op, arg)
        i += 2 + 2 * (_inline_cache_entries[deop] if deop < len(_kinds) else 0)


def findlabels(code):
    """Detect all offsets in a byte code which are jump targets.

    Return the list of offsets.
    """
    labels = []
    for offset, op, arg in _unpack_opargs(code):
        if arg is not None and _deoptop(op) in hasjrel:
            label = _jump_target(op, arg, offset)
            if label not in labels:
                labels.append(label)
    return labels


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno)
    """
    lastline = None
    for start, end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


def _get_name_info(index, get_name, **extrainfo):
    if get_name is not None:
        argval = get_name(index, **extrainfo)
        return argval, argval
    return UNKNOWN, ''


def _get_instructions_bytes(code, varname_from_oparg=None, names=None,
                            co_consts=None, linestarts=None, line_offset=0,
                            exception_entries=(), co_positions=None,
                            show_caches=False):
    positions = list(co_positions) if co_positions is not None else []
    labels = set(findlabels(code))
    for entry in exception_entries:
        labels.add(entry.target)

    def position(offset):
        i = offset // 2
        return Positions(*positions[i]) if i < len(positions) else Positions(None, None, None, None)

    for offset, op, arg in _unpack_opargs(code):
        starts_line = None
        if linestarts is not None:
            starts_line = linestarts.get(offset)
            if starts_line is not None:
                starts_line += line_offset
        deop = _deoptop(op)
        kind = _kinds[deop] if deop < len(_kinds) else "none"
        argval = None
        argrepr = ''
        if arg is not None:
            argval = arg
            if kind == "const":
                if deop == LOAD_CONST and co_consts is not None:
                    argval = co_consts[arg]
                    argrepr = repr(argval)
                else:
                    argval = UNKNOWN
            elif kind == "global_name":
                argval, argrepr = _get_name_info(arg >> 1, names.__getitem__ if names is not None else None)
                if arg & 1 and argrepr:
                    argrepr = "NULL + " + argrepr
            elif kind == "name":
                argval, argrepr = _get_name_info(arg, names.__getitem__ if names is not None else None)
            elif kind in ("jump_forward", "jump_backward"):
                argval = _jump_target(op, arg, offset)
                argrepr = "to " + repr(argval)
            elif kind in ("local", "free"):
                argval, argrepr = _get_name_info(arg, varname_from_oparg)
            elif kind == "cmpop":
                argval = cmp_op[arg]
                argrepr = argval
            elif deop == FORMAT_VALUE:
                conv, argrepr = FORMAT_VALUE_CONVERTERS[arg & 0x3]
                argval = (conv, bool(arg & 0x4))
                if argval[1]:
                    argrepr = argrepr + ', with format' if argrepr else 'with format'
            elif deop == MAKE_FUNCTION:
                argrepr = ', '.join(s for i, s in enumerate(MAKE_FUNCTION_FLAGS) if arg & (1 << i))
            elif kind == "binop":
                argrepr = _nb_ops[arg][1] if arg < len(_nb_ops) else ''
        yield Instruction(_all_opname[op], op, arg, argval, argrepr, offset,
                          starts_line, offset in labels, position(offset))
        if show_caches:
            for k in range(_inline_cache_entries[deop] if deop < len(_kinds) else 0):
                off = offset + 2 + 2 * k
                yield Instruction("CACHE", CACHE, 0, None, '', off, None, False, position(off))


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator for the opcodes in methods, functions or code

    Generates a series of Instruction named tuples giving the details of
    each operations in the supplied code.

    If *first_line* is not None, it indicates the line number that should
    be reported for the first source line in the disassembled code.
    Otherwise, the source line information (if any) is taken directly from
    the disassembled code object.
    """
    co = _get_code_object(x)
    linestarts = dict(findlinestarts(co))
    line_offset = first_line - co.co_firstlineno if first_line is not None else 0
    return _get_instructions_bytes(_get_code_array(co, adaptive),
                                   co._varname_from_oparg,
                                   co.co_names, co.co_consts,
                                   linestarts, line_offset,
                                   co_positions=co.co_positions(),
                                   exception_entries=_parse_exception_table(co),
                                   show_caches=show_caches)


# ---------------------------------------------------------------------------
# Listings

def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    linestarts = dict(findlinestarts(co))
    _disassemble_bytes(_get_code_array(co, adaptive), lasti, co._varname_from_oparg,
                       co.co_names, co.co_consts, linestarts, file=file,
                       exception_entries=_parse_exception_table(co),
                       co_positions=co.co_positions(), show_caches=show_caches)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file, show_caches=show_caches, adaptive=adaptive)
    if depth is not None:
        if depth <= 0:
            return
        depth -= 1
    for x in co.co_consts:
        if hasattr(x, 'co_code'):
            print(file=file)
            print("Disassembly of %r:" % (x,), file=file)
            _disassemble_recursive(x, file=file, depth=depth,
                                   show_caches=show_caches, adaptive=adaptive)


def _disassemble_bytes(code, lasti=-1, varname_from_oparg=None, names=None,
                       co_consts=None, linestarts=None, *, file=None, line_offset=0,
                       exception_entries=(), co_positions=None, show_caches=False):
    if linestarts:
        top = max(linestarts.values()) + line_offset
        lineno_width = len(str(top)) if top >= 1000 else 3
    else:
        lineno_width = 0
    last = len(code) - 2
    offset_width = len(str(last)) if last >= 10000 else 4
    for instr in _get_instructions_bytes(code, varname_from_oparg, names, co_consts,
                                         linestarts, line_offset=line_offset,
                                         exception_entries=exception_entries,
                                         co_positions=co_positions,
                                         show_caches=show_caches):
        if lineno_width and instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width), file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for e in exception_entries:
            print("  %d to %d -> %d [%d]%s" % (e.start, e.end - 2, e.target, e.depth,
                                              " lasti" if e.lasti else ""), file=file)


def _disassemble_str(source, **kwargs):
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


_have_code_names = ("method", "function", "code", "classmethod", "staticmethod")


def _has_code(x):
    return isinstance(x, type) or type(x).__name__ in _have_code_names


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, and other compiled objects.

    With no argument, disassemble the last traceback.

    Compiled objects currently include generator objects, async generator
    objects, and coroutine objects, all of which store their code object
    in a special attribute.
    """
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if hasattr(x, '__dict__'):
        for name, x1 in sorted(x.__dict__.items()):
            if _has_code(x1):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file, show_caches=show_caches)
    elif isinstance(x, str):
        _disassemble_str(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file,
                show_caches=show_caches, adaptive=adaptive)


class _Lines:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def getvalue(self):
        return "".join(self.parts)


class Bytecode:
    """The bytecode operations of a piece of code

    Instantiate this with a function, method, other compiled object, string of
    code, or a code object (as returned by compile()).

    Iterating over this yields the bytecode operations as Instruction instances.
    """
    def __init__(self, x, *, first_line=None, current_offset=None,
                 show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        co = self.codeobj
        return _get_instructions_bytes(_get_code_array(co, self.adaptive),
                                       co._varname_from_oparg,
                                       co.co_names, co.co_consts,
                                       self._linestarts,
                                       line_offset=self._line_offset,
                                       exception_entries=self.exception_entries,
                                       co_positions=co.co_positions(),
                                       show_caches=self.show_caches)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """ Construct a Bytecode from the given traceback """
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti,
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        co = self.codeobj
        offset = self.current_offset if self.current_offset is not None else -1
        out = _Lines()
        _disassemble_bytes(_get_code_array(co, self.adaptive),
                           varname_from_oparg=co._varname_from_oparg,
                           names=co.co_names, co_consts=co.co_consts,
                           linestarts=self._linestarts,
                           line_offset=self._line_offset,
                           file=out,
                           lasti=offset,
                           exception_entries=self.exception_entries,
                           co_positions=co.co_positions(),
                           show_caches=self.show_caches)
        return out.getvalue()


def main(args=None):
    """`taipan -m dis [FILE]`: disassemble a source file (stdin when absent or '-'),
    with the command line of CPython's `python -m dis`."""
    if args is None:
        args = sys.argv[1:]
    usage = "usage: dis.py [-h] [infile]"
    if "-h" in args or "--help" in args:
        print(usage + "\n\npositional arguments:\n  infile\n\noptions:\n"
              "  -h, --help  show this help message and exit")
        return

    def error(message):
        print(usage, file=sys.stderr)
        print("dis.py: error: " + message, file=sys.stderr)
        sys.exit(2)

    name = args[0] if args else '-'
    if name == '-':
        name = '<stdin>'
        source = sys.stdin.read()
    else:
        try:
            with open(name, 'rb') as f:
                source = f.read()
        except OSError as e:
            error("argument infile: can't open %r: %s" % (name, e))
    if len(args) > 1:
        error("unrecognized arguments: %s" % " ".join(args[1:]))
    dis(compile(source, name, "exec"))


if __name__ == "__main__":
    main()
