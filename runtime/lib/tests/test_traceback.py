"""taipan traceback vs CPython traceback.

CPython 3.11 prints ^^^^ markers under some source lines; taipan does not, so
those marker lines are removed from both outputs before comparing.
"""
import sys

from _harness import Checker, load, real_module, optional, StringIO, Random

mine = load('traceback')
real = real_module('traceback')
c = Checker(mine, real)



def _is_marker_line(line):
    # A line of ^/~ markers (possibly inside an exception group's | margin).
    body = line.lstrip(' |').rstrip(' ')
    return body != '' and all(ch in '^~' for ch in body)


def strip_markers(obj):
    if isinstance(obj, str):
        lines = obj.splitlines(True)
        kept = [l for l in lines if not _is_marker_line(l.rstrip('\n'))]
        return ''.join(kept)
    if isinstance(obj, (list, tuple)):
        items = [strip_markers(x) for x in obj]
        return type(obj)(x for x in items if x != '') if isinstance(obj, list) else tuple(items)
    return obj


def check(label, fn):
    c.check(label, lambda m: strip_markers(fn(m)))


def many(prefix, fns):
    for i, fn in enumerate(fns):
        check(f'{prefix}[{i}]', fn)


def catch(fn, *args):
    try:
        fn(*args)
    except BaseException as e:  # noqa
        return e
    raise AssertionError('no exception')


class MyError(Exception):
    pass


class Outer:
    class InnerError(ValueError):
        pass


OtherModError = type('OtherModError', (Exception,), {'__module__': 'some.pkg'})
NoModError = type('NoModError', (Exception,), {})
NoModError.__module__ = None


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError('no str')


class EmptyStr(Exception):
    def __str__(self):
        return ''


def raiser(exc):
    raise exc


def level3():
    raise KeyError('deep')


def level2():
    level3()


def level1():
    level2()


def recurse(n):
    if n == 0:
        raise RecursionError('bottom')
    recurse(n - 1)


def with_cause():
    try:
        level1()
    except KeyError as e:
        raise MyError('wrapped') from e


def with_context():
    try:
        {}['missing']
    except KeyError:
        raise ValueError('while handling')


def from_none():
    try:
        {}['missing']
    except KeyError:
        raise TypeError('clean') from None


def long_chain():
    try:
        try:
            try:
                int('x')
            except ValueError as a:
                raise KeyError('k') from a
        except KeyError:
            raise RuntimeError('top')
    except RuntimeError as e:
        raise OSError('outermost') from e


def cyclic():
    a = ValueError('a')
    b = KeyError('b')
    a.__context__ = b
    b.__context__ = a
    raise a


e_plain = catch(raiser, ValueError('plain'))
e_deep = catch(level1)
e_cause = catch(with_cause)
e_context = catch(with_context)
e_none = catch(from_none)
e_long = catch(long_chain)
e_cyclic = catch(cyclic)
e_recursive = catch(recurse, 12)
e_short_recursive = catch(recurse, 3)

syntax_errors = []
for src in ['x = (1,', 'def f(:\n  pass', 'a b c', '\tif x:\npass', 'x = 1 +', "f'{'", '  x = $']:
    try:
        compile(src, 'snippet.py', 'exec')
    except SyntaxError as e:
        syntax_errors.append(e)


def _se(*args, **attrs):
    e = SyntaxError(*args)
    for k, v in attrs.items():
        setattr(e, k, v)
    return e


syntax_errors += [
    SyntaxError('bare'),
    SyntaxError(),
    _se('msg', ('file.py', 3, 5, '    bad code here\n')),
    _se('msg', ('file.py', 3, 5, '    bad code here\n', 3, 9)),
    _se('msg', ('file.py', 3, 0, 'code\n')),
    _se('msg', ('file.py', 3, 1, 'code\n', 3, -1)),
    _se('msg', ('file.py', None, None, None)),
    _se('msg', (None, 3, 2, 'xyz')),
    _se('', ('f.py', 1, 1, 'x')),
    _se('msg', ('f.py', 1, 3, '\t\tx = yy\n')),
    _se('msg', ('f.py', 1, 20, 'short\n')),
    IndentationError('expected an indented block', ('f.py', 2, 1, 'pass\n')),
]

many('format_exception_only', [
    lambda m: m.format_exception_only(e_plain),
    lambda m: m.format_exception_only(type(e_plain), e_plain),
    lambda m: m.format_exception_only(ValueError('x')),
    lambda m: m.format_exception_only(ValueError()),
    lambda m: m.format_exception_only(KeyError('k')),
    lambda m: m.format_exception_only(KeyError()),
    lambda m: m.format_exception_only(MyError('mine')),
    lambda m: m.format_exception_only(Outer.InnerError('inner')),
    lambda m: m.format_exception_only(OtherModError('other')),
    lambda m: m.format_exception_only(NoModError('nomod')),
    lambda m: m.format_exception_only(BadStr()),
    lambda m: m.format_exception_only(EmptyStr()),
    lambda m: m.format_exception_only(StopIteration()),
    lambda m: m.format_exception_only(SystemExit(3)),
    lambda m: m.format_exception_only(ValueError('multi\nline')),
    lambda m: m.format_exception_only(OSError(2, 'No such file', 'x.txt')),
    lambda m: m.format_exception_only(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')),
    lambda m: m.format_exception_only(None),
    lambda m: m.format_exception_only(ValueError, None),
    lambda m: m.format_exception_only(ValueError, 'a string value'),
    lambda m: m.format_exception_only(ValueError, 42),
    lambda m: m.format_exception_only(ExceptionGroup('eg', [ValueError(1), TypeError(2)])),
] + [lambda m, e=e: m.format_exception_only(e) for e in syntax_errors])


def _noted(*notes, kind=list):
    e = ValueError('with notes')
    if kind is None:
        e.__notes__ = notes[0]
    else:
        for n in notes:
            e.add_note(n) if kind is list else None
        if kind is not list:
            e.__notes__ = kind(notes)
    return e


class BadNote:
    def __str__(self):
        raise ValueError('bad note')


class BadNotes:
    def __repr__(self):
        raise ValueError('bad repr')


many('notes', [
    lambda m: m.format_exception_only(_noted('note one')),
    lambda m: m.format_exception_only(_noted('a', 'b\nc')),
    lambda m: m.format_exception_only(_noted('x', 'y', kind=tuple)),
    lambda m: m.format_exception_only(_noted('a string', kind=None)),
    lambda m: m.format_exception_only(_noted(42, kind=None)),
    lambda m: m.format_exception_only(_noted([1, BadNote()], kind=None)),
    lambda m: m.format_exception_only(_noted(BadNotes(), kind=None)),
    lambda m: m.format_exception_only(_noted(None, kind=None)),
    lambda m: m.format_exception_only(_noted(['', 'after empty'], kind=None)),
    lambda m: m.format_exception(_noted('n1', 'n2')),
    lambda m: m.format_exception_only(_se('msg', ('f.py', 1, 1, 'x')) if True else None),
])

many('format_exception', [
    lambda m: m.format_exception(e_plain),
    lambda m: m.format_exception(e_deep),
    lambda m: m.format_exception(e_cause),
    lambda m: m.format_exception(e_context),
    lambda m: m.format_exception(e_none),
    lambda m: m.format_exception(e_long),
    lambda m: m.format_exception(e_cyclic),
    lambda m: m.format_exception(e_recursive),
    lambda m: m.format_exception(e_short_recursive),
    lambda m: m.format_exception(e_long, chain=False),
    lambda m: m.format_exception(e_deep, limit=2),
    lambda m: m.format_exception(e_deep, limit=-2),
    lambda m: m.format_exception(e_deep, limit=0),
    lambda m: m.format_exception(e_cause, limit=1),
    lambda m: m.format_exception(type(e_deep), e_deep, e_deep.__traceback__),
    lambda m: m.format_exception(type(e_deep), e_deep, None),
    lambda m: m.format_exception(None, e_deep, e_deep.__traceback__),
    lambda m: m.format_exception(ValueError('no traceback')),
    lambda m: m.format_exception(None),
    lambda m: m.format_exception(None, None, None),
    lambda m: m.format_exception(e_plain, e_plain),
    lambda m: m.format_exception('not an exception'),
    lambda m: m.format_exception(BadStr()),
    lambda m: ''.join(m.format_exception(e_cause)),
    lambda m: 'direct cause of' in ''.join(m.format_exception(e_cause)),
    lambda m: ''.join(m.format_exception(e_cause)).strip().splitlines()[-1],
    lambda m: m.format_exception(syntax_errors[0]),
])


def _group():
    def inner():
        raise ExceptionGroup('inner group', [KeyError('ik'), ValueError('iv')])
    excs = []
    for fn in (lambda: raiser(TypeError('t1')), inner, lambda: raiser(OSError('os'))):
        try:
            fn()
        except BaseException as e:  # noqa
            excs.append(e)
    try:
        raise ExceptionGroup('outer group', excs)
    except ExceptionGroup as eg:
        return eg


e_group = _group()
e_wide = ExceptionGroup('wide', [ValueError(i) for i in range(20)])


def _deep_group(n):
    e = ValueError('leaf')
    for i in range(n):
        e = ExceptionGroup(f'level {i}', [e])
    return e


def _group_with_cause():
    try:
        try:
            raise KeyError('base')
        except KeyError as k:
            raise ExceptionGroup('caused', [ValueError('v')]) from k
    except ExceptionGroup as e:
        return e


many('groups', [
    lambda m: m.format_exception(e_group),
    lambda m: m.format_exception(e_wide),
    lambda m: m.format_exception(_deep_group(3)),
    lambda m: m.format_exception(_deep_group(13)),
    lambda m: m.format_exception(_group_with_cause()),
    lambda m: list(m.TracebackException.from_exception(e_wide, max_group_width=3).format()),
    lambda m: list(m.TracebackException.from_exception(_deep_group(4), max_group_depth=2).format()),
    lambda m: m.format_exception(BaseExceptionGroup('base', [KeyboardInterrupt()])),
])


def _frames(m, tb_or_stack):
    return [(fs.filename == __file__, fs.lineno, fs.name, fs.line, list(fs), len(fs), fs[2], repr(fs).split(',')[1:])
            for fs in tb_or_stack]


many('extract', [
    lambda m: _frames(m, m.extract_tb(e_deep.__traceback__)),
    lambda m: _frames(m, m.extract_tb(e_deep.__traceback__, limit=1)),
    lambda m: _frames(m, m.extract_tb(e_deep.__traceback__, limit=-1)),
    lambda m: _frames(m, m.extract_tb(None)),
    lambda m: type(m.extract_tb(e_deep.__traceback__)).__name__,
    lambda m: m.format_tb(e_deep.__traceback__),
    lambda m: m.format_tb(e_deep.__traceback__, 2),
    lambda m: m.format_list(m.extract_tb(e_deep.__traceback__)),
    lambda m: m.format_list([('f.py', 1, 'fn', 'code line'), ('g.py', 2, 'gn', None), ('h.py', 3, 'hn', '')]),
    lambda m: m.format_list([]),
    lambda m: m.extract_tb(e_deep.__traceback__)[0] == (__file__, m.extract_tb(e_deep.__traceback__)[0].lineno,
                                                       'catch', '  fn(*args)'.strip()),
    lambda m: m.extract_tb(e_deep.__traceback__)[0] == m.extract_tb(e_deep.__traceback__)[0],
    lambda m: m.extract_tb(e_deep.__traceback__)[0] == 5,
    lambda m: [(f.f_code.co_name, n) for f, n in m.walk_tb(e_deep.__traceback__)],
    lambda m: m.FrameSummary('nofile.py', 3, 'fn').line,
    lambda m: m.FrameSummary('nofile.py', 3, 'fn', line='  given  ').line,
    lambda m: m.FrameSummary(__file__, 1, 'fn').line,
    lambda m: m.FrameSummary(__file__, 10 ** 6, 'fn').line,
    lambda m: m.FrameSummary(__file__, None, 'fn').line,
    lambda m: m.FrameSummary('f', 1, 'n', locals={'a': [1], 'b': 'x'}).locals,
    lambda m: m.FrameSummary('f', 1, 'n', locals={}).locals,
    lambda m: repr(m.FrameSummary('f', 1, 'n')),
    lambda m: m.StackSummary.from_list([('f.py', 1, 'fn', 'x')]).format(),
    lambda m: m.StackSummary.from_list([m.FrameSummary('f', 1, 'n', line='y')]).format(),
    lambda m: m.StackSummary.from_list([('f.py', 7, 'fn', 'same')] * 10).format(),
    lambda m: m.StackSummary.from_list([('f.py', 7, 'fn', 'same')] * 4).format(),
    lambda m: m.StackSummary.from_list([('f.py', 7, 'fn', 'same')] * 5 + [('g.py', 1, 'g', 'other')]).format(),
    lambda m: m.StackSummary.from_list([('f.py', 7, 'fn', 'same')] * 3 + [('g.py', 1, 'g', 'o')] * 6).format(),
    lambda m: m.StackSummary.from_list([('f.py', None, 'fn', 'same')] * 6).format(),
    lambda m: m.StackSummary.from_list([m.FrameSummary('f', 1, 'n', locals={'z': 1, 'a': 'q'}, line='l')]).format(),
])


def _stack_helper(m, fn):
    def inner():
        return fn()
    return inner()


def _extract_stack_names(m):
    st = _stack_helper(m, lambda: m.extract_stack())
    return [(fs.name, fs.line) for fs in st][-4:]


def _extract_stack_limit(m):
    st = _stack_helper(m, lambda: m.extract_stack(limit=2))
    return [(fs.name, fs.line) for fs in st]


def _format_stack(m):
    return _stack_helper(m, lambda: m.format_stack())[-3:]


def _print_stack(m):
    buf = StringIO()
    _stack_helper(m, lambda: m.print_stack(file=buf, limit=3))
    return buf.getvalue()


def _stack_from_frame(m):
    f = sys._getframe()
    return [fs.name for fs in m.extract_stack(f, limit=2)]


def _walk_stack(m):
    f = sys._getframe()
    return [fr.f_code.co_name for fr, _ in m.walk_stack(f)][:2]


many('stack', [_extract_stack_names, _extract_stack_limit, _format_stack, _print_stack, _stack_from_frame,
               _walk_stack])


def _print_exception(m, *args, **kw):
    buf = StringIO()
    m.print_exception(*args, file=buf, **kw)
    return buf.getvalue()


def _print_exc(m, exc, **kw):
    buf = StringIO()
    try:
        raise exc
    except BaseException:  # noqa
        m.print_exc(file=buf, **kw)
    return buf.getvalue()


def _format_exc(m, exc, **kw):
    if callable(exc):
        exc = exc()
    try:
        raise exc
    except BaseException:  # noqa
        return m.format_exc(**kw)


def _print_tb(m):
    buf = StringIO()
    m.print_tb(e_deep.__traceback__, file=buf)
    m.print_tb(e_deep.__traceback__, limit=1, file=buf)
    return buf.getvalue()


def _print_list(m):
    buf = StringIO()
    m.print_list([('f.py', 1, 'fn', 'line')], file=buf)
    return buf.getvalue()


def _stderr_default(m):
    old = sys.stderr
    sys.stderr = buf = StringIO()
    try:
        m.print_exception(e_plain)
    finally:
        sys.stderr = old
    return buf.getvalue()


def _print_last(m):
    had = hasattr(sys, 'last_type')
    saved = (getattr(sys, 'last_type', None), getattr(sys, 'last_value', None), getattr(sys, 'last_traceback', None))
    try:
        sys.last_type, sys.last_value, sys.last_traceback = type(e_deep), e_deep, e_deep.__traceback__
        buf = StringIO()
        m.print_last(file=buf)
        return buf.getvalue()
    finally:
        if had:
            sys.last_type, sys.last_value, sys.last_traceback = saved
        else:
            del sys.last_type, sys.last_value, sys.last_traceback


def _print_last_none(m):
    saved = {k: getattr(sys, k) for k in ('last_type', 'last_value', 'last_traceback') if hasattr(sys, k)}
    for k in saved:
        delattr(sys, k)
    try:
        return m.print_last()
    finally:
        for k, v in saved.items():
            setattr(sys, k, v)


many('print', [
    lambda m: _print_exception(m, e_cause),
    lambda m: _print_exception(m, e_cause, chain=False),
    lambda m: _print_exception(m, type(e_deep), e_deep, e_deep.__traceback__, limit=1),
    lambda m: _print_exc(m, ValueError('print_exc')),
    lambda m: _print_exc(m, ValueError('print_exc'), limit=0),
    lambda m: _format_exc(m, KeyError('format_exc')),
    lambda m: _format_exc(m, lambda: catch(with_cause)),
    lambda m: _format_exc(m, lambda: catch(with_cause), chain=False),
    lambda m: m.format_exc(),
    lambda m: _print_tb(m),
    lambda m: _print_list(m),
    lambda m: _stderr_default(m),
    lambda m: _print_last(m),
    lambda m: _print_last_none(m),
    lambda m: m.print_exception(e_plain, e_plain),
])


def _te(m):
    te = m.TracebackException.from_exception(e_cause)
    return (te.exc_type.__name__, str(te), te.__suppress_context__, te.__cause__.exc_type.__name__,
            te.__context__ is None, te.exceptions, len(te.stack), te.__notes__,
            te == m.TracebackException.from_exception(e_cause), te.stack.format())


def _te_context(m):
    te = m.TracebackException.from_exception(e_context)
    te2 = m.TracebackException.from_exception(e_context, compact=True)
    return (te.__context__.exc_type.__name__, te2.__context__.exc_type.__name__,
            m.TracebackException.from_exception(e_none).__context__ is None,
            m.TracebackException.from_exception(e_none, compact=True).__context__ is None)


def _te_syntax(m):
    te = m.TracebackException.from_exception(syntax_errors[0])
    return te.filename, te.lineno, te.end_lineno, te.text, te.offset, te.end_offset, te.msg


def _te_locals(m):
    def fn():
        local_a = [1, 2]
        local_b = 'text'
        raise ValueError('with locals')
    e = catch(fn)
    te = m.TracebackException.from_exception(e, capture_locals=True)
    return [line for line in te.format() if 'local_' in line]


def _te_lookup(m):
    te = m.TracebackException.from_exception(e_deep, lookup_lines=False)
    return [fs._line for fs in te.stack], list(te.format())


def _tracebacklimit(m, limit):
    had = hasattr(sys, 'tracebacklimit')
    old = getattr(sys, 'tracebacklimit', None)
    sys.tracebacklimit = limit
    try:
        return m.format_exception(e_deep), m.format_exception(e_deep, limit=1)
    finally:
        if had:
            sys.tracebacklimit = old
        else:
            del sys.tracebacklimit


def _no_tb_cause(m):
    e = ValueError('outer')
    e.__cause__ = KeyError('no traceback')
    return m.format_exception(e)


def _gen_exc():
    def gen():
        yield 1
        raise IndexError('from generator')
    return catch(lambda: list(gen()))


many('more', [
    lambda m: _tracebacklimit(m, 2),
    lambda m: _tracebacklimit(m, 0),
    lambda m: _tracebacklimit(m, -3),
    _no_tb_cause,
    lambda m: m.format_exception(_gen_exc()),
    lambda m: m.format_exception(catch(lambda: {}['k'])),
    lambda m: m.format_exception(catch(lambda: 1 / 0)),
    lambda m: m.format_exception(catch(lambda: int('x'))),
    lambda m: m.format_exception(KeyboardInterrupt()),
    lambda m: m.format_exception_only(KeyboardInterrupt()),
    lambda m: m.format_exception(catch(lambda: [].pop())),
    lambda m: m.format_exception_only(catch(lambda: compile('1 +', '<input>', 'eval'))),
    lambda m: m.format_exception_only(catch(lambda: compile('\tx = 1\n  y', 'tabs.py', 'exec'))),
])

many('TracebackException', [
    _te, _te_context, _te_syntax, _te_locals, _te_lookup,
    lambda m: list(m.TracebackException(ValueError, ValueError('v'), None).format()),
    lambda m: list(m.TracebackException(type(None), None, None).format()),
    lambda m: list(m.TracebackException.from_exception(e_long).format(chain=False)),
    lambda m: list(m.TracebackException.from_exception(e_long).format_exception_only()),
    lambda m: list(m.TracebackException.from_exception(e_deep, limit=1).format()),
    lambda m: list(m.TracebackException.from_exception(e_cyclic).format()),
    lambda m: str(m.TracebackException.from_exception(BadStr())),
    lambda m: m.TracebackException.from_exception(e_plain) == 1,
])


def _clear_frames(m):
    def fn():
        x = [1]
        raise ValueError(x)
    e = catch(fn)
    m.clear_frames(e.__traceback__)
    return 'cleared'


many('misc', [
    _clear_frames,
    lambda m: sorted(m.__all__),
    lambda m: m._cause_message,
    lambda m: m._context_message,
])

sys.exit(c.report('traceback'))
