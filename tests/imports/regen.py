#!/usr/bin/env python3
"""Regenerate the expected output of each import case from CPython.

Each folder here is one case: `main.py` plus the modules it imports. The case is copied
to a fresh temporary folder (imports write __pycache__ folders) and run there with
python3; its stdout becomes `main.py.out`. tests/imports.rs runs taipan the same way,
twice (the second run imports from the .pyc files the first one wrote), in both tiers.

    python3 tests/imports/regen.py            # every case
    python3 tests/imports/regen.py forms      # one case
"""
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))


def run(case):
    with tempfile.TemporaryDirectory() as tmp:
        work = os.path.join(tmp, case)
        shutil.copytree(os.path.join(ROOT, case), work, ignore=shutil.ignore_patterns('*.out', '__pycache__'))
        env = {k: v for k, v in os.environ.items() if k != 'PYTHONDONTWRITEBYTECODE'}
        p = subprocess.run([os.environ.get('PYTHON', 'python3'), 'main.py'], cwd=work, env=env,
                           capture_output=True, text=True, timeout=30)
    if p.returncode != 0:
        sys.exit(f'{case}: exit status {p.returncode}\n{p.stderr}')
    with open(os.path.join(ROOT, case, 'main.py.out'), 'w') as f:
        f.write(p.stdout)


for case in sys.argv[1:] or sorted(d for d in os.listdir(ROOT) if os.path.isdir(os.path.join(ROOT, d))):
    run(case)
    print('regenerated', case)
