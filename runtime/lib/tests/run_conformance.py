"""Runs conformance programs with taipan's library modules in place of CPython's,
and compares their output with the expected output (`<program>.exp`).

    python3 run_conformance.py                 # the default program list, under CPython
    python3 run_conformance.py prog.py ...     # other programs
    python3 run_conformance.py --taipan BIN    # run them with the taipan binary BIN instead

Under CPython, each program runs in a child process that first loads every module of
../ (functools, operator, ...) from its file and installs it in sys.modules under its
real name; the program is then executed as __main__ (its file name and line numbers
unchanged). Under taipan, ../ is simply put first on sys.path.

The expected file holds the program's stdout followed by a line `# exit: N`.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.dirname(HERE)
MODULES = ['functools', 'operator', 'itertools', 'bisect', 'copy', 'contextlib', 'traceback', 'fractions', 'heapq']
CORPUS = '/work/shared/conformance/lang'
DEFAULT = ['itertools_functools.py', 'decorators.py', 'sorting_lt.py', 'copy_aliasing.py', 'with_context.py',
           'exceptions_chaining.py', 'algo_sorting.py', 'algo_matrix.py']

CPYTHON_BOOT = r'''
import importlib.util, sys
LIB, PROG = sys.argv[1], sys.argv[2]
for name in %r:
    spec = importlib.util.spec_from_file_location(name, LIB + '/' + name + '.py')
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    assert mod.__file__.startswith(LIB), mod.__file__
sys.argv = [PROG]
del importlib, spec, mod, name
with open(PROG, encoding='utf-8') as f:
    source = f.read()
code = compile(source, PROG, 'exec')
main = type(sys)('__main__')
main.__file__ = PROG
sys.modules['__main__'] = main
exec(code, main.__dict__)
''' % (MODULES,)

TAIPAN_BOOT = r'''
import sys
LIB, PROG = sys.argv[1], sys.argv[2]
sys.path.insert(0, LIB)
'''


def run(prog, taipan=None):
    if taipan is None:
        cmd = [sys.executable, '-c', CPYTHON_BOOT, LIB, prog]
        env = dict(os.environ)
    else:
        # taipan runs the program itself, with the library directory on its path.
        tmp = tempfile.NamedTemporaryFile('w', suffix='.py', delete=False, dir=tempfile.gettempdir())
        with open(prog, encoding='utf-8') as f:
            source = f.read()
        # One line of set-up, so that line numbers shift by one only.
        tmp.write(f'import sys; sys.path.insert(0, {LIB!r})\n' + source)
        tmp.close()
        cmd = [taipan, tmp.name]
        env = dict(os.environ)
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
    finally:
        if taipan is not None:
            os.unlink(tmp.name)
    return p.stdout + f'# exit: {p.returncode}\n', p.stderr


def main(argv):
    taipan = None
    if argv[:1] == ['--taipan']:
        taipan = argv[1]
        argv = argv[2:]
    progs = argv or [os.path.join(CORPUS, name) for name in DEFAULT]
    failed = 0
    for prog in progs:
        expected_path = prog + '.exp'
        with open(expected_path, encoding='utf-8') as f:
            expected = f.read()
        got, err = run(prog, taipan)
        if got == expected:
            print(f'ok    {os.path.basename(prog)}')
        else:
            failed += 1
            print(f'FAIL  {os.path.basename(prog)}')
            exp_lines = expected.splitlines()
            got_lines = got.splitlines()
            for i in range(max(len(exp_lines), len(got_lines))):
                e = exp_lines[i] if i < len(exp_lines) else '<missing>'
                g = got_lines[i] if i < len(got_lines) else '<missing>'
                if e != g:
                    print(f'   line {i + 1}:\n     expected: {e}\n     got:      {g}')
            if err.strip():
                print('   stderr: ' + err.strip().replace('\n', '\n           '))
    print(f'{len(progs) - failed}/{len(progs)} programs match')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
