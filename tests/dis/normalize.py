"""Normalizes a `dis` listing (CPython 3.11's or taipan's) so the two can be compared
instruction for instruction, taking out the deliberate differences of taipan's bytecode
(docs/internals/compiler.md; the same ones tests/compile/golden.py takes out):

- offsets are dropped; jump targets and exception-table ranges become instruction numbers
  (inline cache sizes, and so offsets, differ);
- PRECALL and EXTENDED_ARG are dropped, and so are the numeric arguments of jumps;
- POP_JUMP_FORWARD_IF_X is named POP_JUMP_IF_X;
- CPython's POP_JUMP_BACKWARD_IF_X to T becomes POP_JUMP_IF_<not X> over the next
  instruction followed by JUMP_BACKWARD to T (what taipan's assembler emits);
- `>>` markers are dropped (they follow from the jumps) and code object addresses are
  blanked.

Everything else -- names, argument values and reprs, line starts, nested code objects,
exception-table depths -- must match.

Usage: python3 normalize.py LISTING   (prints the normalized listing)
"""
import re
import sys

INVERSE = {"TRUE": "FALSE", "FALSE": "TRUE", "NONE": "NOT_NONE", "NOT_NONE": "NONE"}
INSTR = re.compile(r"^\s*(?P<line>\d+)?\s+(?:-->\s*)?(?:>>)?\s*(?P<off>\d+) (?P<op>[A-Z_]+)"
                   r"(?:\s+(?P<arg>-?\d+))?(?:\s+\((?P<rep>.*)\))?$")
EXC = re.compile(r"^\s+(\d+) to (\d+) -> (\d+) \[(\d+)\](.*)$")
ADDR = re.compile(r" at 0x[0-9a-f]+")


def normalize_section(lines):
    instrs = []
    exc = []
    for l in lines:
        m = INSTR.match(l)
        if m:
            instrs.append(m.groupdict())
            continue
        m = EXC.match(l)
        if m:
            exc.append(tuple(m.groups()))
    # Rewrite, keeping for each original offset the indices of its entries.
    out = []
    first = {}
    last = {}
    offsets = [int(i["off"]) for i in instrs]
    for k, i in enumerate(instrs):
        off = int(i["off"])
        op = i["op"]
        first[off] = len(out)
        rep = i["rep"] or ""
        target = None
        m = re.match(r"to (\d+)$", rep)
        if m:
            target = int(m.group(1))
        if op in ("PRECALL", "EXTENDED_ARG"):
            # Dropped; a line start it carries moves to the next instruction.
            if i["line"] and k + 1 < len(instrs) and not instrs[k + 1]["line"]:
                instrs[k + 1]["line"] = i["line"]
            last[off] = len(out)
            continue
        if op.startswith("POP_JUMP_FORWARD_IF_"):
            op = "POP_JUMP_IF_" + op[len("POP_JUMP_FORWARD_IF_"):]
        if op.startswith("POP_JUMP_BACKWARD_IF_"):
            cond = INVERSE[op[len("POP_JUMP_BACKWARD_IF_"):]]
            nxt = offsets[k + 1] if k + 1 < len(offsets) else None
            out.append({"line": i["line"], "op": "POP_JUMP_IF_" + cond, "arg": None, "target": nxt, "rep": None})
            out.append({"line": None, "op": "JUMP_BACKWARD", "arg": None, "target": target, "rep": None})
            last[off] = len(out) - 1
            continue
        if target is not None:
            out.append({"line": i["line"], "op": op, "arg": None, "target": target, "rep": None})
        else:
            out.append({"line": i["line"], "op": op, "arg": i["arg"], "target": None,
                        "rep": ADDR.sub(" at 0x?", rep) if rep else None})
        last[off] = len(out) - 1

    def at_or_before(off, table):
        best = None
        for o in sorted(table):
            if o <= off:
                best = o
        return table[best] if best is not None else "?"

    text = []
    for n, e in enumerate(out):
        parts = ["%3d" % n, (e["line"] or "").rjust(4), e["op"]]
        if e["target"] is not None:
            parts.append("to #%s" % first.get(e["target"], "?%d" % e["target"]))
        else:
            if e["arg"] is not None:
                parts.append(e["arg"])
            if e["rep"]:
                parts.append("(" + e["rep"] + ")")
        text.append(" ".join(parts))
    if exc:
        text.append("ExceptionTable:")
        for start, end, target, depth, lasti in exc:
            text.append("  #%s to #%s -> #%s [%s]%s" % (
                first.get(int(start), "?"), at_or_before(int(end), last),
                first.get(int(target), "?"), depth, lasti))
    return text


def normalize(listing):
    sections = [[]]
    headers = [None]
    for l in listing.splitlines():
        if l.startswith("Disassembly of "):
            sections.append([])
            headers.append(ADDR.sub(" at 0x?", l))
        else:
            sections[-1].append(l)
    out = []
    for h, s in zip(headers, sections):
        if h is not None:
            out.append(h)
        out.extend(normalize_section(s))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    with open(sys.argv[1]) as f:
        sys.stdout.write(normalize(f.read()))
