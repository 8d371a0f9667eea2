"""Shared helpers for the taipan library tests.

Each test runs the same check against taipan's module (loaded from ../<name>.py
under its real name, *not* installed in sys.modules) and against CPython's own
module, and compares the outcomes: the repr of the result, or the exception's
type name and message. Object addresses are masked.
"""
import importlib.util
import os
import re
import sys
import traceback

LIB = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_ADDR = re.compile(r'0x[0-9a-fA-F]+')


def load(name, register=False):
    """Loads taipan's `name` module from LIB (named `name`)."""
    path = os.path.join(LIB, name + '.py')
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    saved = sys.modules.get(name)
    if register:
        sys.modules[name] = mod
    try:
        spec.loader.exec_module(mod)
    finally:
        if register:
            if saved is None:
                del sys.modules[name]
            else:
                sys.modules[name] = saved
    return mod


def norm(text):
    return _ADDR.sub('0x?', text)


def outcome(fn, mod):
    try:
        r = fn(mod)
    except BaseException as e:  # noqa: B902 - we compare everything
        if isinstance(e, (KeyboardInterrupt, SystemExit)):
            raise
        return ('raise', type(e).__name__, norm(str(e)))
    try:
        text = repr(r)
    except BaseException as e:
        return ('repr-raise', type(e).__name__, norm(str(e)))
    return ('ok', norm(text))


class Checker:
    def __init__(self, mine, real):
        self.mine = mine
        self.real = real
        self.passed = 0
        self.failed = []

    def check(self, label, fn):
        a = outcome(fn, self.mine)
        b = outcome(fn, self.real)
        if a == b:
            self.passed += 1
        else:
            self.failed.append((label, a, b))
        return a

    def many(self, prefix, fns):
        for i, fn in enumerate(fns):
            self.check(f'{prefix}[{i}]', fn)

    def expect(self, label, cond):
        """A plain assertion about taipan's module alone."""
        if cond:
            self.passed += 1
        else:
            self.failed.append((label, 'condition false', ''))

    def report(self, name):
        for label, a, b in self.failed:
            print(f'FAIL {label}\n   taipan:  {a}\n   CPython: {b}')
        print(f'{name}: {self.passed} passed, {len(self.failed)} failed')
        return 1 if self.failed else 0
