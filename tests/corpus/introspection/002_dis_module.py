import dis
print('LOAD_CONST' in dis.opname, 'RETURN_VALUE' in dis.opname, 'BINARY_OP' in dis.opname)
print(dis.opmap['LOAD_CONST'] == dis.opname.index('LOAD_CONST'))
print(len(dis.opname), dis.HAVE_ARGUMENT > 0)
def f(x):
    return x + 1
ops = [i.opname for i in dis.get_instructions(f)]
print('RETURN_VALUE' in ops, 'LOAD_FAST' in ops)
print(type(dis.Bytecode(f)).__name__)
print(callable(dis.dis), callable(dis.show_code))
