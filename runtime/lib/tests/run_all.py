"""Runs every test of taipan's library modules.

    python3 run_all.py               # each test_*.py (taipan's module vs CPython's), then
                                     # the conformance programs with taipan's modules
    python3 run_all.py --taipan BIN  # also: each test_*.py in record mode under CPython and
                                     # under the taipan binary BIN, and the differences

The record-mode comparison runs taipan's modules on both interpreters, so its
differences come from the runtime (missing modules such as collections or math,
runtime bugs), not from the library; they are listed, not counted as failures.
"""
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, timeout=900):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=HERE)
    return p.returncode, p.stdout, p.stderr


def main(argv):
    taipan = argv[argv.index('--taipan') + 1] if '--taipan' in argv else None
    tests = sorted(glob.glob(os.path.join(HERE, 'test_*.py')))
    failed = 0
    for path in tests:
        rc, out, err = run([sys.executable, path])
        last = out.strip().splitlines()[-1] if out.strip() else err.strip()[-300:]
        print(f"{'ok  ' if rc == 0 else 'FAIL'}  {os.path.basename(path)}: {last}")
        if rc != 0:
            failed += 1
            print(out[-3000:], err[-3000:])
    rc, out, err = run([sys.executable, os.path.join(HERE, 'run_conformance.py')])
    print(out.rstrip())
    if rc != 0:
        failed += 1
    if taipan:
        print(f'\nrecord mode, CPython vs {taipan}:')
        rc, out, err = run([sys.executable, os.path.join(HERE, 'run_conformance.py'), '--taipan', taipan])
        print(out.rstrip())
        for path in tests:
            _, cpy, _ = run([sys.executable, path, '--record'])
            trc, tai, terr = run([taipan, path])
            a, b = cpy.splitlines(), tai.splitlines()
            only_cpy = [line for line in a if line not in set(b)]
            only_tai = [line for line in b if line not in set(a)]
            status = 'same' if not only_cpy and not only_tai and trc == 0 else \
                f'{len(only_cpy)} outcomes differ, exit {trc}'
            print(f'  {os.path.basename(path)}: {status}')
            for line in only_cpy[:40]:
                print(f'     CPython: {line[:300]}')
            for line in only_tai[:40]:
                print(f'     taipan:  {line[:300]}')
            if trc != 0 and terr.strip():
                print('     stderr: ' + terr.strip().splitlines()[0][:300])
    print('\nall passed' if not failed else f'\n{failed} failing')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
