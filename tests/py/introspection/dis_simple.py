# dis on functions whose bytecode is the same in taipan and CPython 3.11 (no calls,
# no COMPARE_OP/BINARY_SUBSCR/FOR_ITER, whose inline caches differ, no conditional
# POP_JUMPs, which CPython names POP_JUMP_FORWARD_IF_X): the listings,
# Instruction fields, Bytecode, code_info and findlinestarts are CPython's exactly.
import dis

# Listings name the file by its absolute path; the folder is machine-dependent.
HERE = __file__.rsplit('/', 1)[0]


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def text(self):
        return "".join(self.parts)


def add(a, b):
    result = a + b
    return result


def branch(a, b):
    b.y = a and not b
    return b or -a.x


def tryit(d):
    try:
        return d.value
    except:
        return None
    finally:
        d = 0


def glob(x):
    global counter
    counter = x ** 2 // 3
    x @= counter
    return (x, counter, dis)


def unpack(p):
    a, b = p
    a, *rest = b
    del a
    return rest


for fn in (add, branch, tryit, glob, unpack):
    out = Out()
    dis.dis(fn, file=out)
    print(out.text().replace(HERE, '<dir>'))

# Opcode numbers are taipan's own (checked against opmap instead).
for ins in dis.get_instructions(add):
    print(ins.opcode == dis.opmap[ins.opname], ins._replace(opcode=0))
i = list(dis.get_instructions(branch))[2]
print(i.opname, i.opcode == dis.opmap[i.opname], i.arg, i.argval, i.argrepr, i.offset,
      i.starts_line, i.is_jump_target, i.positions.lineno, i.positions.col_offset)
print(i[0], len(i), type(i).__name__, i._fields)
bc = dis.Bytecode(tryit)
print([x.opname for x in bc][:6])
print(bc.dis() == "".join(Out.text(o) for o in [Out()]) or bc.dis().splitlines()[0])
print(bc.info().replace(HERE, '<dir>'))
print(dis.code_info(add).replace(HERE, '<dir>'))
print(list(dis.findlinestarts(add.__code__)))
print(list(dis.findlinestarts(tryit.__code__)))
out = Out()
dis.show_code(glob, file=out)
print(out.text().replace(HERE, '<dir>'))
print(dis.pretty_flags(add.__code__.co_flags), dis.pretty_flags(0x20 | 0x1000000))
print(dis.cmp_op)
print("LOAD_FAST" in dis.opmap, dis.opname[dis.opmap["RETURN_VALUE"]])
print(dis.opmap["JUMP_BACKWARD"] in dis.hasjrel, dis.opmap["LOAD_CONST"] in dis.hasconst,
      dis.opmap["LOAD_FAST"] in dis.haslocal, dis.opmap["LOAD_DEREF"] in dis.hasfree,
      dis.opmap["COMPARE_OP"] in dis.hascompare, dis.opmap["LOAD_ATTR"] in dis.hasname)
print(dis.opmap["EXTENDED_ARG"] == dis.EXTENDED_ARG)
print(dis.stack_effect(dis.opmap["BUILD_TUPLE"], 3), dis.stack_effect(dis.opmap["POP_TOP"]))
try:
    dis.dis(42)
except TypeError as e:
    print("TypeError:", e)
out = Out()
dis.dis("a = b + 1", file=out)
print(out.text().replace(HERE, '<dir>'))
out = Out()
dis.dis("x.y", file=out)
print(out.text().replace(HERE, '<dir>'))
