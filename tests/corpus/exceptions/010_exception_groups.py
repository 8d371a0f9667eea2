try:
    raise ExceptionGroup('group', [ValueError('v'), TypeError('t'), ValueError('w')])
except* ValueError as eg:
    print('values', [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print('types', [str(e) for e in eg.exceptions])
eg = ExceptionGroup('msg', [KeyError(1), OSError('o')])
print(eg, repr(eg.exceptions), eg.message)
m, rest = eg.split(KeyError)
print(m.exceptions, rest.exceptions)
print(eg.subgroup(OSError).exceptions)
