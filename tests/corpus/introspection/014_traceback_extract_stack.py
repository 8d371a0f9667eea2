import traceback
def level3():
    return [(f.name, f.line) for f in traceback.extract_stack()]
def level2():
    return level3()
def level1():
    return level2()
for name, line in level1():
    print(name, line)
st = traceback.extract_stack(limit=1)
print(len(st), st[0].name)
s = traceback.format_stack()
print(len(s) >= 1, s[-1].strip().startswith('File'))
def bad():
    raise ValueError('bad thing')
try:
    bad()
except ValueError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.line) for f in frames])
    print(traceback.format_exception_only(ValueError, e))
    print(traceback.format_exception_only(SyntaxError, SyntaxError('bad syntax')))
