import sys
for arg in [None, 0, 2, 'text']:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print('bare', e.code)
try:
    exit_code = 5
    raise SystemExit(exit_code)
except BaseException as e:
    print(type(e).__name__, e.code, isinstance(e, Exception))
print('exiting 0 via SystemExit(0)')
raise SystemExit(0)
