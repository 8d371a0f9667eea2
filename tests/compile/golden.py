"""Prints CPython 3.11's bytecode for a source file in taipan's listing format
(`src/compiler/dump.rs`), normalized for the runtime's deliberate differences:

- PRECALL is dropped (taipan's CALL does its work);
- EXTENDED_ARG and CACHE units are not listed (arguments are shown whole, and inline
  cache sizes differ from CPython's);
- jumps and exception-table ranges are shown as instruction numbers, not offsets;
- POP_JUMP_FORWARD_IF_X is named POP_JUMP_IF_X (taipan's conditional jumps all go
  forward);
- a backward conditional jump, POP_JUMP_BACKWARD_IF_X to T, becomes the inverse forward
  jump over the next instruction followed by JUMP_BACKWARD to T (what taipan's
  assembler emits, as CPython 3.12 does); the new JUMP_BACKWARD has the conditional
  jump's position and exception handler.

A first line `# compile: mode=eval optimize=2` selects compile()'s mode and
optimization level (defaults: exec, 0).

Usage: python3 golden.py FILE  (run by `UPDATE_GOLDEN=1 cargo test --test compile`).
"""
import dis
import opcode
import sys
import types

BINOPS = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"]
CMPOPS = ["<", "<=", "==", "!=", ">", ">="]

CONST_OPS = {"LOAD_CONST", "KW_NAMES"}
NAME_OPS = {"STORE_NAME", "DELETE_NAME", "STORE_ATTR", "DELETE_ATTR", "STORE_GLOBAL",
            "DELETE_GLOBAL", "LOAD_NAME", "LOAD_ATTR", "IMPORT_NAME", "IMPORT_FROM",
            "LOAD_METHOD"}
LOCAL_OPS = {"LOAD_FAST", "STORE_FAST", "DELETE_FAST", "MAKE_CELL", "LOAD_CLOSURE",
             "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_CLASSDEREF"}
INVERSE = {"TRUE": "FALSE", "FALSE": "TRUE", "NONE": "NOT_NONE", "NOT_NONE": "NONE"}


def crepr(c):
    if isinstance(c, types.CodeType):
        return f"<code {c.co_name}>"
    if type(c) is tuple:
        if len(c) == 1:
            return "(" + crepr(c[0]) + ",)"
        return "(" + ", ".join(crepr(x) for x in c) + ")"
    if type(c) is frozenset:
        if not c:
            return "frozenset()"
        return "frozenset({" + ", ".join(sorted(crepr(x) for x in c)) + "})"
    return repr(c)


def pos_text(p):
    line, end_line, col, end_col = p
    if line is None:
        return "-"
    n = lambda v: "?" if v is None else str(v)
    return f"{line}:{n(col)}-{n(end_line)}:{n(end_col)}"


def decode(co):
    """Instructions as dicts: start unit (with prefixes), end unit, name, arg."""
    code = co.co_code
    units = [(code[i], code[i + 1]) for i in range(0, len(code), 2)]
    out, i, ext, start = [], 0, 0, 0
    while i < len(units):
        op, a = units[i]
        arg = ext | a
        name = opcode.opname[op]
        if name == "EXTENDED_ARG":
            if ext == 0:
                start = i
            ext = arg << 8
            i += 1
            continue
        if ext == 0:
            start = i
        ext = 0
        end = i + 1 + opcode._inline_cache_entries[op]
        out.append({"start": start, "at": i, "end": end, "name": name, "op": op, "arg": arg})
        i = end
    return out


def listing(co, out):
    positions = list(co.co_positions())
    localsplus = list(co.co_varnames) + [c for c in co.co_cellvars if c not in co.co_varnames] + list(co.co_freevars)
    kinds = []
    for n in co.co_varnames:
        kinds.append("local+cell" if n in co.co_cellvars else "local")
    kinds += ["cell"] * (len(localsplus) - len(co.co_varnames) - len(co.co_freevars))
    kinds += ["free"] * len(co.co_freevars)

    raw = decode(co)
    # Jump targets as code units.
    for d in raw:
        if d["op"] in dis.hasjrel:
            if "BACKWARD" in d["name"]:
                d["target"] = d["end"] - d["arg"]
            else:
                d["target"] = d["end"] + d["arg"]
    raw = [d for d in raw if d["name"] != "PRECALL"]

    def index_of(unit, seq):
        for k, d in enumerate(seq):
            if d["start"] >= unit:
                return k
        return len(seq)

    # Rewrite, keeping a map from old instruction numbers to new ones.
    new, old_to_new = [], []
    for d in raw:
        old_to_new.append(len(new))
        name = d["name"]
        if name.startswith("POP_JUMP_FORWARD_IF_"):
            d = dict(d, name="POP_JUMP_IF_" + name[len("POP_JUMP_FORWARD_IF_"):])
            new.append(d)
        elif name.startswith("POP_JUMP_BACKWARD_IF_"):
            cond = name[len("POP_JUMP_BACKWARD_IF_"):]
            new.append(dict(d, name="POP_JUMP_IF_" + INVERSE[cond], skip=True))
            new.append(dict(d, name="JUMP_BACKWARD", inserted=True))
        else:
            new.append(d)
    old_to_new.append(len(new))

    def map_unit(unit):
        return old_to_new[index_of(unit, raw)]

    print(f"code {co.co_name} qualname={co.co_qualname} firstlineno={co.co_firstlineno}", file=out)
    print(f"  argcount={co.co_argcount} posonly={co.co_posonlyargcount} kwonly={co.co_kwonlyargcount} "
          f"flags={co.co_flags:#x} stacksize={co.co_stacksize}", file=out)
    print("  consts: " + ", ".join(crepr(c) for c in co.co_consts), file=out)
    print("  names: " + ", ".join(co.co_names), file=out)
    print("  localsplus: " + " ".join(f"{n}:{k}" for n, k in zip(localsplus, kinds)), file=out)
    for k, d in enumerate(new):
        name, arg = d["name"], d["arg"]
        text = name
        if d.get("skip"):
            text += f" -> {k + 2}"
        elif "target" in d:
            text += f" -> {map_unit(d['target'])}"
        elif d["op"] >= dis.HAVE_ARGUMENT:
            text += f" {arg}"
            desc = None
            if name in CONST_OPS:
                desc = crepr(co.co_consts[arg])
            elif name in NAME_OPS:
                desc = co.co_names[arg]
            elif name == "LOAD_GLOBAL":
                desc = ("NULL + " if arg & 1 else "") + co.co_names[arg >> 1]
            elif name in LOCAL_OPS:
                desc = localsplus[arg]
            elif name == "BINARY_OP":
                desc = BINOPS[arg % 13] + ("=" if arg >= 13 else "")
            elif name == "COMPARE_OP":
                desc = CMPOPS[arg]
            if desc is not None:
                text += f" ({desc})"
        print(f"  {k:>4} {pos_text(positions[d['start']]):<16} {text}", file=out)
    entries = dis._parse_exception_table(co)
    if entries:
        print("  exceptions:", file=out)
        for e in entries:
            lasti = " lasti" if e.lasti else ""
            print(f"    {map_unit(e.start // 2)} to {map_unit(e.end // 2)} -> {map_unit(e.target // 2)} "
                  f"depth={e.depth}{lasti}", file=out)
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            print(file=out)
            listing(c, out)


def settings(source):
    """The `# compile: key=value ...` header, as a dict."""
    first = source.split(b"\n", 1)[0].decode()
    if not first.startswith("# compile:"):
        return {}
    return dict(item.split("=", 1) for item in first[len("# compile:"):].split())


def main():
    path = sys.argv[1]
    with open(path, "rb") as f:
        source = f.read()
    opts = settings(source)
    mode = opts.get("mode", "exec")
    if mode == "eval":
        # eval input is an expression: the header comment line is dropped.
        source = source.split(b"\n", 1)[1]
    co = compile(source, path, mode, dont_inherit=True, optimize=int(opts.get("optimize", "0")))
    listing(co, sys.stdout)


if __name__ == "__main__":
    main()
