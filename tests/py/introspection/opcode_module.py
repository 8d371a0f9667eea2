# The opcode module and dis's opcode tables: taipan's numbers differ from CPython's, so
# only names and the relations between the tables are printed.
import dis
import opcode

print(dis.opmap is opcode.opmap, dis.opname is opcode.opname, len(opcode.opname))
for name in ["LOAD_FAST", "STORE_FAST", "LOAD_CONST", "LOAD_GLOBAL", "BINARY_OP",
             "COMPARE_OP", "JUMP_FORWARD", "JUMP_BACKWARD", "FOR_ITER", "RETURN_VALUE",
             "CALL", "KW_NAMES", "LOAD_DEREF", "MAKE_CELL", "EXTENDED_ARG", "CACHE"]:
    op = opcode.opmap[name]
    print(name, opcode.opname[op] == name,
          [t for t in ("hasconst", "hasname", "hasjrel", "haslocal", "hasfree", "hascompare")
           if op in getattr(opcode, t)])
print(opcode.cmp_op)
print(opcode.hasjabs, opcode.hasnargs, opcode.EXTENDED_ARG == opcode.opmap["EXTENDED_ARG"])
print([x for x in opcode._nb_ops if x[0] in ("NB_ADD", "NB_INPLACE_POWER", "NB_MATRIX_MULTIPLY")])
print(len(opcode._nb_ops))
print(opcode.stack_effect(opcode.opmap["POP_TOP"]), opcode.stack_effect(opcode.opmap["BUILD_LIST"], 4))
print(opcode.stack_effect(opcode.opmap["FOR_ITER"], 3, jump=True),
      opcode.stack_effect(opcode.opmap["FOR_ITER"], 3, jump=False))
for bad in [(opcode.opmap["POP_TOP"], 1), (opcode.opmap["LOAD_CONST"],)]:
    try:
        opcode.stack_effect(*bad)
    except ValueError as e:
        print("ValueError:", e)
print(sorted(set(dis.__all__) - {"disco"})[:8])
