import sys
import traceback


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError:
    traceback.print_exc(limit=None)
    lines = traceback.format_exc().splitlines()
    print(len(lines) < 20, lines[-1], file=sys.stderr)
