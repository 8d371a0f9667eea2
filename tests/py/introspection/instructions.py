# dis.get_instructions on loops, try/except, with, closures, comprehensions, generators and
# classes. The fields are printed normalized for taipan's deliberate bytecode differences
# (offsets, PRECALL, forward-only conditional jumps), so the output is CPython's exactly:
# jump targets become instruction numbers, PRECALL/EXTENDED_ARG are skipped, and CPython's
# POP_JUMP_BACKWARD_IF_X is shown as taipan's POP_JUMP_IF_<not X> + JUMP_BACKWARD pair.
import dis

INVERSE = {"TRUE": "FALSE", "FALSE": "TRUE", "NONE": "NOT_NONE", "NOT_NONE": "NONE"}


def loops(items):
    total = 0
    for i in items:
        if i % 2:
            continue
        total += i
    while total > 10:
        total -= 3
    return total


def handlers(path, lock):
    try:
        with lock:
            f = open(path)
    except (OSError, ValueError) as e:
        print("failed", e)
        return None
    finally:
        print("done")
    return f


def closure(start):
    count = start

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


def comprehensions(rows):
    return [x * x for x in rows if x], {k: v for k, v in rows}, sum(x for x in rows)


def gen(n):
    received = yield n
    yield from range(received or 0)


class Shape:
    sides = 0

    def __init__(self, name, *rest, **opts):
        self.name = name
        super().__init__()

    @property
    def label(self):
        return f"{self.name!r:>10}"


def normalized(co):
    entries = []
    skipped = []
    for ins in dis.get_instructions(co):
        name = ins.opname
        if name in ("PRECALL", "EXTENDED_ARG", "CACHE"):
            # A jump to a skipped instruction lands on the next one listed.
            skipped.append(ins.offset)
            continue
        for off in skipped:
            entries.append([off, None, None, None, None])
        skipped = []
        name = name.replace("POP_JUMP_FORWARD_IF_", "POP_JUMP_IF_")
        pos = tuple(ins.positions)
        if ins.opcode in dis.hasjrel:
            if name.startswith("POP_JUMP_BACKWARD_IF_"):
                cond = INVERSE[name[len("POP_JUMP_BACKWARD_IF_"):]]
                entries.append([ins.offset, "POP_JUMP_IF_" + cond, "next", ins.starts_line, pos])
                entries.append([None, "JUMP_BACKWARD", ins.argval, None, pos])
            else:
                entries.append([ins.offset, name, ins.argval, ins.starts_line, pos])
        else:
            arg = repr(ins.argval) if hasattr(ins.argval, "co_code") else ins.argrepr
            if hasattr(ins.argval, "co_code"):
                arg = "<code %s>" % ins.argval.co_name
            entries.append([ins.offset, name, arg, ins.starts_line, pos])
    index = {}
    n = 0
    for e in entries:
        if e[0] is not None and e[0] not in index:
            index[e[0]] = n
        if e[1] is not None:
            n += 1
    entries = [e for e in entries if e[1] is not None]
    out = []
    for n, (off, name, arg, line, pos) in enumerate(entries):
        if arg == "next":
            arg = "to #%d" % (n + 2)
        elif isinstance(arg, int):
            arg = "to #%s" % index.get(arg, "?")
        out.append("%3d %4s %-28s %-22s %s" % (n, line or "", name, arg, pos))
    return out


def walk(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            yield from walk(c)


for fn in (loops, handlers, closure, comprehensions, gen, Shape.__init__, Shape.label.fget):
    for co in walk(fn.__code__):
        print("==", co.co_qualname, co.co_firstlineno)
        for line in normalized(co):
            print(line)
