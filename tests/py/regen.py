#!/usr/bin/env python3
"""Regenerate the expected outputs of the Python test corpus from CPython.

For every tests/py/<topic>/NAME.py this runs `python3 NAME.py` from the case's
folder and writes:

  NAME.py.out  exact stdout (always written, possibly empty)
  NAME.py.err  only when the exit status is non-zero: the status on the first
               line, the last line of stderr on the second (empty when the
               program wrote nothing to stderr, e.g. sys.exit(3))

Stale .err files are removed.  Each case is run twice under different
PYTHONHASHSEED values and must behave identically (guards against
hash-order-dependent output).  Usage:

  python3 tests/py/regen.py            # every case
  python3 tests/py/regen.py ints/x.py  # only the given cases (paths relative to tests/py)
  python3 tests/py/regen.py --check    # compare instead of writing; exit 1 on mismatch
"""
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.abspath(__file__))
PYTHON = os.environ.get("PYTHON", "python3")
TIMEOUT = 10.0
SLOW = 1.0


def cases(selected, root=ROOT):
    """The given case paths (relative to `root`), or every <topic>/NAME.py under it."""
    if selected:
        return [os.path.join(root, p) if not os.path.isabs(p) else p for p in selected]
    found = []
    for topic in sorted(os.listdir(root)):
        folder = os.path.join(root, topic)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".py"):
                found.append(os.path.join(folder, name))
    return found


def run(path, seed):
    env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONIOENCODING="utf-8")
    env.pop("PYTHONSTARTUP", None)
    start = time.monotonic()
    proc = subprocess.run(
        [PYTHON, os.path.basename(path)],
        cwd=os.path.dirname(path),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
        env=env,
    )
    return proc, time.monotonic() - start


def expected(path, slow=SLOW):
    proc, elapsed = run(path, 1)
    proc2, _ = run(path, 2)
    problems = []
    if (proc.returncode, proc.stdout, proc.stderr) != (proc2.returncode, proc2.stdout, proc2.stderr):
        problems.append("output depends on PYTHONHASHSEED")
    if elapsed > slow:
        problems.append("slow: %.2fs" % elapsed)
    if proc.returncode == 0 and proc.stderr:
        problems.append("exit 0 but wrote to stderr")
    out = proc.stdout
    err = None
    if proc.returncode != 0:
        lines = proc.stderr.decode("utf-8").splitlines()
        last = lines[-1] if lines else ""
        err = ("%d\n%s\n" % (proc.returncode, last)).encode("utf-8")
    return out, err, problems


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def main(argv, root=ROOT, slow=SLOW):
    check = "--check" in argv
    selected = [a for a in argv if a != "--check"]
    bad = 0
    total = 0
    for path in cases(selected, root):
        total += 1
        rel = os.path.relpath(path, root)
        if not os.path.isfile(path):
            print("%s: no such case" % rel)
            bad += 1
            continue
        out, err, problems = expected(path, slow)
        for p in problems:
            print("%s: %s" % (rel, p))
            bad += 1
        if check:
            if read(path + ".out") != out or read(path + ".err") != err:
                print("%s: expectation differs" % rel)
                bad += 1
            continue
        with open(path + ".out", "wb") as f:
            f.write(out)
        if err is None:
            if os.path.exists(path + ".err"):
                os.remove(path + ".err")
        else:
            with open(path + ".err", "wb") as f:
                f.write(err)
    print("%d cases, %d problems" % (total, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
