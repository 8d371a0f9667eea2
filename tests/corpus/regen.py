#!/usr/bin/env python3
"""Regenerate the expected outputs of the differential corpus from CPython.

For every tests/corpus/<area>/NAME.py this runs `python3 NAME.py` from the case's
folder and writes:

  NAME.py.out  exact stdout (always written, possibly empty)
  NAME.py.err  only when the exit status is non-zero: the status on the first
               line, the last line of stderr on the second (empty when the
               program wrote nothing to stderr, e.g. sys.exit(3))

Stale .err files are removed.  Each case is run twice under different
PYTHONHASHSEED values and must behave identically (guards against
hash-order-dependent output).  Usage:

  python3 tests/corpus/regen.py            # every case
  python3 tests/corpus/regen.py ints/x.py  # only the given cases (paths relative to tests/corpus)
  python3 tests/corpus/regen.py --check    # compare instead of writing; exit 1 on mismatch
"""
import importlib.util
import os
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
# The corpus programs are small: flag any that takes longer than this under CPython.
SLOW = 0.5


def _shared():
    # tests/py/regen.py does the work; this corpus only has its own folder and limit.
    path = os.path.join(ROOT, "..", "py", "regen.py")
    spec = importlib.util.spec_from_file_location("py_regen", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


if __name__ == "__main__":
    sys.exit(_shared().main(sys.argv[1:], root=ROOT, slow=SLOW))
