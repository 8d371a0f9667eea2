#!/usr/bin/env python3
"""Run the differential corpus under taipan and compare with CPython's recorded output.

Every tests/corpus/<area>/NAME.py is run from its folder with the taipan binary;
its stdout must equal NAME.py.out byte for byte.  When NAME.py.err exists the
exit status must equal its first line and the last stderr line its second line;
otherwise the exit status must be 0.

  python3 tests/corpus/run.py                 # binary ../../target/release/taipan
  python3 tests/corpus/run.py --bin PATH      # another binary
  python3 tests/corpus/run.py AREA/NAME.py    # only the given cases
  python3 tests/corpus/run.py --beyond        # the programs in beyond/ instead

beyond/<area>/ holds programs that use modules outside the builtins and modules
taipan's introspection issue lists (re, json, datetime, dataclasses, enum, typing,
inspect, importlib, ...): they are run and reported on request, not counted in the
main figure.

Prints each failing case with its first differing line, then
`corpus: P passed, F failed of N (X.X%)`.  Exit status 0 when the pass rate
is at least 98%, else 1.
"""
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.abspath(__file__))
DEFAULT_BIN = os.path.normpath(os.path.join(ROOT, "..", "..", "target", "release", "taipan"))
TIMEOUT = 10.0
THRESHOLD = 98.0


def _load_shared():
    # Case discovery and file reading are tests/py/regen.py's.
    import importlib.util
    path = os.path.join(ROOT, "..", "py", "regen.py")
    spec = importlib.util.spec_from_file_location("py_regen", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_shared = _load_shared()
read = _shared.read


def cases(selected, root=ROOT):
    # Selected paths are relative to the corpus folder even for --beyond.
    if selected:
        return _shared.cases(selected, ROOT)
    return _shared.cases([], root)


def show(b):
    return repr(b.decode("utf-8", "replace"))[:200]


def first_diff(got, want):
    g = got.split(b"\n")
    w = want.split(b"\n")
    for i in range(max(len(g), len(w))):
        a = g[i] if i < len(g) else None
        b = w[i] if i < len(w) else None
        if a != b:
            return "line %d: got %s, expected %s" % (
                i + 1,
                "<end of output>" if a is None else show(a),
                "<end of output>" if b is None else show(b),
            )
    return "identical"


def check(binary, path):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONSTARTUP", None)
    # The binary may be replaced by a concurrent build: retry a missing or
    # busy executable for a while before giving up.
    for attempt in range(60):
        try:
            proc = subprocess.run(
                [binary, os.path.basename(path)],
                cwd=os.path.dirname(path),
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=TIMEOUT,
                env=env,
            )
            break
        except subprocess.TimeoutExpired:
            return "timeout after %.0fs" % TIMEOUT
        except OSError as e:
            if attempt == 59:
                return "cannot run %s: %s" % (binary, e)
            time.sleep(1.0)
    want_out = read(path + ".out")
    if want_out is None:
        return "missing %s.out (run regen.py)" % os.path.basename(path)
    want_err = read(path + ".err")
    errlines = proc.stderr.decode("utf-8", "replace").splitlines()
    last = errlines[-1] if errlines else ""
    if want_err is None:
        if proc.returncode != 0:
            return "exit status %d, expected 0; stderr: %s%s" % (
                proc.returncode, last[:200],
                "" if proc.stdout == want_out else "; stdout " + first_diff(proc.stdout, want_out))
    else:
        lines = want_err.decode("utf-8").split("\n")
        status = int(lines[0])
        want_last = lines[1] if len(lines) > 1 else ""
        if proc.returncode != status:
            return "exit status %d, expected %d; stderr: %s" % (proc.returncode, status, last[:200])
        if last != want_last:
            return "last stderr line %r, expected %r" % (last[:200], want_last)
    if proc.stdout != want_out:
        return "stdout " + first_diff(proc.stdout, want_out)
    return None


def main(argv):
    binary = DEFAULT_BIN
    selected = []
    root = ROOT
    it = iter(argv)
    for a in it:
        if a == "--beyond":
            root = os.path.join(ROOT, "beyond")
        elif a == "--bin":
            binary = os.path.abspath(next(it))
        elif a.startswith("--bin="):
            binary = os.path.abspath(a[len("--bin="):])
        else:
            selected.append(a)
    passed = failed = 0
    for path in cases(selected, root):
        why = check(binary, path)
        if why is None:
            passed += 1
        else:
            failed += 1
            print("FAIL %s: %s" % (os.path.relpath(path, ROOT), why))
            sys.stdout.flush()
    total = passed + failed
    pct = 100.0 * passed / total if total else 0.0
    print("corpus: %d passed, %d failed of %d (%.1f%%)" % (passed, failed, total, pct))
    return 0 if total and pct >= THRESHOLD else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
