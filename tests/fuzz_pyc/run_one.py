"""Loads one mutant (from mutate.py) and runs it; any Python exception is fine."""
import marshal
import sys

code = marshal.loads(open(sys.argv[1], 'rb').read())
try:
    exec(code, {'__name__': 'fz'})
except BaseException:
    pass
