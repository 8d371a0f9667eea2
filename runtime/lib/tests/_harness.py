"""Shared helpers for the taipan library tests.

Compare mode (the default, under CPython): each check runs against taipan's module
(loaded from ../<name>.py under its real name, *not* installed in sys.modules) and
against CPython's own module, and the outcomes are compared: the repr of the
result, or the exception's type name and message (object addresses masked).

Record mode (`--record`, or automatically when importlib is missing, i.e. under
taipan itself): only taipan's module runs, and each outcome is printed as one line,
so that runs under CPython and under taipan can be diffed.
"""
import sys

try:
    import importlib.util as _ilu
    import os
    LIB = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
except ImportError:
    # taipan: neither importlib nor os; the tests directory is beside the modules.
    _ilu = None
    _here = __file__.rsplit('/', 1)[0] if '/' in __file__ else '.'
    LIB = _here + '/..'

RECORD = _ilu is None or '--record' in sys.argv
if _ilu is None:
    # taipan: the library directory provides the modules under their real names.
    sys.path.insert(0, LIB)


def load(name):
    """taipan's `name` module, named `name`."""
    if _ilu is None:
        return __import__(name)
    path = LIB + '/' + name + '.py'
    spec = _ilu.spec_from_file_location(name, path)
    mod = _ilu.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def real_module(name):
    """CPython's own `name` module (None in record mode)."""
    if RECORD:
        return None
    return __import__(name)


def optional(name):
    """A module the tests use as a helper, or None when the runtime lacks it."""
    try:
        return __import__(name)
    except ImportError:
        return None


def norm(text):
    """Masks 0x... addresses."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        if text.startswith('0x', i) and i + 2 < n and text[i + 2] in '0123456789abcdefABCDEF':
            j = i + 2
            while j < n and text[j] in '0123456789abcdefABCDEF':
                j += 1
            out.append('0x?')
            i = j
        else:
            out.append(text[i])
            i += 1
    return ''.join(out)


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
        self.recorded = 0

    def check(self, label, fn):
        a = outcome(fn, self.mine)
        if RECORD:
            self.recorded += 1
            print(f'{norm(label)}: {a!r}', flush=True)
            return a
        b = outcome(fn, self.real)
        if a == b:
            self.passed += 1
        else:
            self.failed.append((label, a, b))
        return a

    def many(self, prefix, fns):
        for i, fn in enumerate(fns):
            self.check(f'{prefix}[{i}]', fn)

    def report(self, name):
        if RECORD:
            print(f'{name}: {self.recorded} outcomes recorded')
            return 0
        for label, a, b in self.failed:
            print(f'FAIL {label}\n   taipan:  {a}\n   CPython: {b}')
        print(f'{name}: {self.passed} passed, {len(self.failed)} failed')
        return 1 if self.failed else 0


class StringIO:
    """Enough of io.StringIO for print(file=...) (taipan may have no io module)."""

    def __init__(self):
        self._parts = []

    def write(self, s):
        self._parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self._parts)


class Random:
    """A small deterministic generator (taipan may have no random module)."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def _next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def randrange(self, a, b=None):
        if b is None:
            a, b = 0, a
        return a + self._next() % (b - a)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        return seq[self.randrange(len(seq))]
