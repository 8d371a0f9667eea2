# raise SystemExit(0): a clean exit, later code is skipped.
import sys
try:
    raise SystemExit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() code:", e.code, isinstance(e, Exception), isinstance(e, BaseException))
try:
    sys.exit(None)
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
print("now exiting for real")
raise SystemExit(0)
print("unreachable")
