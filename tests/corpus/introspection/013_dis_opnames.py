import dis
for name in ['LOAD_CONST', 'LOAD_FAST', 'STORE_FAST', 'RETURN_VALUE', 'CALL', 'POP_TOP', 'COMPARE_OP', 'FOR_ITER', 'NOP', 'NOT_AN_OPCODE']:
    print(name, name in dis.opname, name in dis.opmap)
print(type(dis.opmap).__name__, all(dis.opname[v] == k for k, v in dis.opmap.items()))
print(len(dis.cmp_op) > 0, '<' in dis.cmp_op, '==' in dis.cmp_op)
def f(a):
    return a
instrs = list(dis.get_instructions(f))
print(instrs[-1].opname, any(i.opname == 'LOAD_FAST' and i.argval == 'a' for i in instrs))
