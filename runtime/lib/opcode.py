"""taipan's opcode table, with the names of CPython's `opcode` module.

Everything here is derived from the native module _opcode, generated from the runtime's
single table (runtime/src/bytecode/opcodes.rs). The numbers are taipan's own, not
CPython's; the instruction names are CPython 3.11's where the semantics match.
"""

import _opcode

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs", "stack_effect"]

stack_effect = _opcode.stack_effect
cmp_op = _opcode.cmp_op

_names = _opcode.opname
_kinds = _opcode.argkind
_flags = _opcode.flags

opname = ['<%r>' % (op,) for op in range(256)]
for _op, _name in enumerate(_names):
    opname[_op] = _name

# Compiler-only pseudo instructions never appear in code objects.
opmap = {}
for _op, _name in enumerate(_names):
    if not _flags[_op] & _opcode.PSEUDO:
        opmap[_name] = _op


def _ops_of(*kinds):
    return [op for op, k in enumerate(_kinds)
            if k in kinds and not _flags[op] & _opcode.PSEUDO]


hasconst = _ops_of("const")
hasname = _ops_of("name", "global_name")
hasjrel = _ops_of("jump_forward", "jump_backward")
hasjabs = []
haslocal = _ops_of("local")
hascompare = _ops_of("cmpop")
hasfree = _ops_of("free")
hasnargs = []
HAVE_ARGUMENT = min(op for op, k in enumerate(_kinds) if k != "none")
EXTENDED_ARG = opmap["EXTENDED_ARG"]

# Specialized instruction -> the instruction it was specialized from.
_specializations = {}
for _op, _base in enumerate(_opcode.deopt):
    if _flags[_op] & _opcode.SPECIALIZED:
        _specializations.setdefault(_names[_base], []).append(_names[_op])
_specialized_instructions = [n for ns in _specializations.values() for n in ns]

_inline_cache_entries = list(_opcode.caches)

_nb_ops = list(zip(_opcode.nb_names, _opcode.nb_ops))
