"""taipan contextlib vs CPython contextlib."""
import sys

from _harness import Checker, load, real_module, optional, StringIO, Random

mine = load('contextlib')
real = real_module('contextlib')
c = Checker(mine, real)


def chain(exc):
    """The exception with its cause/context chain, as text."""
    out = []
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        out.append(f'{type(exc).__name__}({exc}) cause={type(exc.__cause__).__name__ if exc.__cause__ else None} '
                   f'suppress={exc.__suppress_context__}')
        exc = exc.__cause__ or exc.__context__
    return out


def run(body):
    """Runs body(log); returns the log and the escaping exception's chain."""
    log = []
    try:
        r = body(log)
        log.append(('returned', r))
    except BaseException as e:  # noqa
        log.append(('raised', chain(e)))
    return log


# ----- contextmanager ---------------------------------------------------------------
def make_tag(m):
    @m.contextmanager
    def tag(name, log):
        "tag doc"
        log.append(f'<{name}>')
        try:
            yield name.upper()
        finally:
            log.append(f'</{name}>')
    return tag


def cm_basic(m):
    tag = make_tag(m)

    def body(log):
        with tag('div', log) as t:
            with tag('p', log):
                log.append(('text', t))
        return 'done'
    return run(body), tag.__name__, tag.__doc__, tag.__wrapped__.__name__


def cm_exception_propagates(m):
    tag = make_tag(m)

    def body(log):
        with tag('err', log):
            raise RuntimeError('inside')
    return run(body)


def cm_generator_catches(m):
    @m.contextmanager
    def catcher(log):
        try:
            yield 1
        except ValueError as e:
            log.append(('caught', str(e)))

    def body(log):
        with catcher(log) as v:
            log.append(v)
            raise ValueError('swallow me')
        return 'after'
    return run(body)


def cm_generator_transforms(m):
    @m.contextmanager
    def trans(log):
        try:
            yield
        except KeyError as e:
            raise TypeError('converted') from e

    def body(log):
        with trans(log):
            raise KeyError('k')
    return run(body)


def cm_generator_raises_other(m):
    @m.contextmanager
    def other(log):
        try:
            yield
        except KeyError:
            raise TypeError('implicit')

    def body(log):
        with other(log):
            raise KeyError('k')
    return run(body)


def cm_didnt_yield(m):
    @m.contextmanager
    def empty():
        if False:
            yield

    def body(log):
        with empty():
            log.append('body')
    return run(body)


def cm_didnt_stop(m):
    @m.contextmanager
    def twice():
        yield 1
        yield 2

    def body(log):
        with twice():
            log.append('body')
    return run(body)


def cm_didnt_stop_after_throw(m):
    @m.contextmanager
    def stubborn():
        try:
            yield 1
        except ValueError:
            yield 2

    def body(log):
        with stubborn():
            raise ValueError('v')
    return run(body)


def cm_stopiteration_in_body(m):
    @m.contextmanager
    def plain():
        yield

    def body(log):
        with plain():
            raise StopIteration('from body')
    return run(body)


def cm_stopiteration_caught(m):
    @m.contextmanager
    def catching(log):
        try:
            yield
        except StopIteration:
            log.append('gen saw StopIteration')

    def body(log):
        with catching(log):
            raise StopIteration('x')
        return 'suppressed'
    return run(body)


def cm_runtimeerror_in_body(m):
    @m.contextmanager
    def plain():
        yield

    def body(log):
        with plain():
            raise RuntimeError('rt')
    return run(body)


def cm_generator_raises_stopiteration(m):
    @m.contextmanager
    def bad():
        yield
        raise StopIteration('inner')

    def body(log):
        with bad():
            pass
    return run(body)


def cm_reraise_same(m):
    @m.contextmanager
    def reraiser(log):
        try:
            yield
        except ValueError:
            log.append('re-raising')
            raise

    def body(log):
        with reraiser(log):
            raise ValueError('same')
    return run(body)


def cm_baseexception(m):
    @m.contextmanager
    def plain(log):
        try:
            yield
        finally:
            log.append('cleanup')

    def body(log):
        with plain(log):
            raise KeyboardInterrupt('ki')
    return run(body)


def cm_exit_type_only(m):
    @m.contextmanager
    def g(log):
        try:
            yield
        except ValueError as e:
            log.append(('got', type(e).__name__, e.args))

    def body(log):
        cm = g(log)
        cm.__enter__()
        return cm.__exit__(ValueError, None, None)
    return run(body)


def cm_exit_value_returned(m):
    @m.contextmanager
    def g():
        yield 5

    def body(log):
        cm = g()
        v = cm.__enter__()
        return v, cm.__exit__(None, None, None)
    return run(body)


def cm_as_decorator(m):
    tag = make_tag(m)
    log = []

    @tag('deco', log)
    def fn(x):
        log.append(('call', x))
        return x * 2
    r = [fn(1), fn(2)]
    return log, r, fn.__name__


def cm_args_kwargs(m):
    @m.contextmanager
    def g(*a, **k):
        yield (a, k)

    def body(log):
        with g(1, 2, x=3) as v:
            return v
    return run(body)


def cm_doc(m):
    @m.contextmanager
    def nodoc():
        yield
    cm = nodoc()
    return (cm.__doc__ is None, type(cm).__name__, isinstance(cm, m.AbstractContextManager),
            isinstance(cm, m.ContextDecorator), make_tag(m)('x', []).__doc__)


def cm_recreate_after_enter(m):
    @m.contextmanager
    def g():
        yield

    cm = g()
    with cm:
        pass
    return hasattr(cm, 'func'), hasattr(cm, 'args')


def cm_reuse(m):
    @m.contextmanager
    def g():
        yield

    def body(log):
        cm = g()
        with cm:
            pass
        with cm:
            pass
    return run(body)


def cm_exception_context_in_cleanup(m):
    @m.contextmanager
    def g():
        try:
            yield
        finally:
            raise OSError('cleanup failed')

    def body(log):
        with g():
            raise ValueError('original')
    return run(body)


def cm_traceback_kept(m):
    @m.contextmanager
    def g():
        yield

    try:
        with g():
            raise ValueError('tb')
    except ValueError as e:
        tb = e.__traceback__
        n = 0
        while tb is not None:
            n += 1
            tb = tb.tb_next
        return n >= 1


def cm_generator_exit(m):
    @m.contextmanager
    def g(log):
        try:
            yield
        except GeneratorExit:
            log.append('genexit')
            raise

    def body(log):
        with g(log):
            raise GeneratorExit()
    return run(body)


c.many('contextmanager', [
    cm_basic, cm_exception_propagates, cm_generator_catches, cm_generator_transforms, cm_generator_raises_other,
    cm_didnt_yield, cm_didnt_stop, cm_didnt_stop_after_throw, cm_stopiteration_in_body, cm_stopiteration_caught,
    cm_runtimeerror_in_body, cm_generator_raises_stopiteration, cm_reraise_same, cm_baseexception,
    cm_exit_type_only, cm_exit_value_returned, cm_as_decorator, cm_args_kwargs, cm_doc, cm_recreate_after_enter,
    cm_reuse, cm_exception_context_in_cleanup, cm_traceback_kept, cm_generator_exit,
])


# ----- suppress ------------------------------------------------------------------------
def suppress_case(m, excs, raise_exc):
    def body(log):
        with m.suppress(*excs):
            if raise_exc is not None:
                raise raise_exc
            log.append('no exception')
        return 'after'
    return run(body)


c.many('suppress', [
    lambda m: suppress_case(m, (ZeroDivisionError,), ZeroDivisionError('z')),
    lambda m: suppress_case(m, (ArithmeticError,), ZeroDivisionError('z')),
    lambda m: suppress_case(m, (KeyError, ValueError), ValueError('v')),
    lambda m: suppress_case(m, (KeyError,), ValueError('v')),
    lambda m: suppress_case(m, (), ValueError('v')),
    lambda m: suppress_case(m, (ValueError,), None),
    lambda m: suppress_case(m, (BaseException,), SystemExit(3)),
    lambda m: suppress_case(m, ((KeyError, IndexError),), IndexError('i')),
    lambda m: m.suppress(ValueError).__enter__(),
    lambda m: m.suppress(ValueError).__exit__(None, None, None),
    lambda m: m.suppress(ValueError).__exit__(ValueError, ValueError(), None),
    lambda m: m.suppress(ValueError).__exit__(KeyError, KeyError(), None),
    lambda m: suppress_case(m, (1,), ValueError('bad')),
    lambda m: (lambda s: [suppress_case(m, (KeyError,), KeyError(1)), run(lambda log: [s.__enter__(), s.__exit__(KeyError, None, None)])])(m.suppress(KeyError)),
])


# ----- closing / nullcontext / redirect -------------------------------------------------
class Closable:
    def __init__(self, log):
        self.log = log

    def close(self):
        self.log.append('closed')


c.many('simple', [
    lambda m: run(lambda log: [log.append(type(cm_t).__name__) for cm_t in [Closable(log)] if not
                               m.closing(cm_t).__enter__() is cm_t] or (lambda th: [m.closing(th).__exit__(None, None, None)])(Closable(log))),
    lambda m: run(lambda log: _closing_with(m, log)),
    lambda m: run(lambda log: _closing_raises(m, log)),
    lambda m: m.nullcontext().__enter__(),
    lambda m: m.nullcontext(5).__enter__(),
    lambda m: m.nullcontext(enter_result=[1]).__enter__(),
    lambda m: m.nullcontext().__exit__(ValueError, ValueError(), None),
    lambda m: run(lambda log: _nullcontext_raise(m)),
    lambda m: _redirect(m, 'redirect_stdout', 'stdout'),
    lambda m: _redirect(m, 'redirect_stderr', 'stderr'),
    lambda m: _redirect_reentrant(m),
    lambda m: m.nullcontext(3).enter_result,
])


def _closing_with(m, log):
    with m.closing(Closable(log)) as th:
        log.append(type(th).__name__)
    return 'ok'


def _closing_raises(m, log):
    with m.closing(Closable(log)):
        raise ValueError('inside closing')


def _nullcontext_raise(m):
    with m.nullcontext('x') as v:
        raise KeyError(v)


def _redirect(m, name, stream):
    buf = StringIO()
    old = getattr(sys, stream)
    with getattr(m, name)(buf) as target:
        print('captured', file=getattr(sys, stream))
        same = target is buf
    restored = getattr(sys, stream) is old
    return buf.getvalue(), same, restored


def _redirect_reentrant(m):
    buf = StringIO()
    old = sys.stdout
    r = m.redirect_stdout(buf)
    with r:
        print('one')
        with r:
            print('two')
        inner_restored = sys.stdout is buf
    return buf.getvalue(), inner_restored, sys.stdout is old


# ----- ExitStack -------------------------------------------------------------------------
class Tracker:
    def __init__(self, name, log, suppress=False, fail=None):
        self.name, self.log, self.suppress, self.fail = name, log, suppress, fail

    def __enter__(self):
        self.log.append(('enter', self.name))
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        self.log.append(('exit', self.name, et.__name__ if et else None, str(ev) if ev else None))
        if self.fail is not None:
            raise self.fail
        return self.suppress


def es_basic(m):
    def body(log):
        with m.ExitStack() as stack:
            got = [stack.enter_context(Tracker(n, log)) for n in 'abc']
            stack.callback(log.append, ('callback', 1))
            stack.callback(lambda *a, **k: log.append(('cb', a, k)), 1, 2, x=3)
            log.append(('body', got))
        return 'done'
    return run(body)


def es_suppress(m):
    def body(log):
        with m.ExitStack() as stack:
            stack.enter_context(Tracker('outer', log))
            stack.enter_context(Tracker('suppressor', log, suppress=True))
            stack.enter_context(Tracker('inner', log))
            raise ValueError('boom')
        return 'suppressed'
    return run(body)


def es_callback_raises(m):
    def body(log):
        with m.ExitStack() as stack:
            stack.enter_context(Tracker('a', log))
            stack.enter_context(Tracker('b', log, fail=KeyError('from b')))
            stack.enter_context(Tracker('c', log, fail=TypeError('from c')))
            raise ValueError('body')
    return run(body)


def es_callback_raises_no_body_exc(m):
    def body(log):
        with m.ExitStack() as stack:
            stack.enter_context(Tracker('a', log, fail=KeyError('from a')))
            stack.enter_context(Tracker('b', log, fail=TypeError('from b')))
    return run(body)


def es_raise_then_suppress(m):
    def body(log):
        with m.ExitStack() as stack:
            stack.enter_context(Tracker('suppressor', log, suppress=True))
            stack.enter_context(Tracker('raiser', log, fail=KeyError('k')))
        return 'all quiet'
    return run(body)


def es_inside_handler(m):
    def body(log):
        try:
            raise OSError('outer handled')
        except OSError:
            with m.ExitStack() as stack:
                stack.enter_context(Tracker('a', log, fail=KeyError('ka')))
                stack.enter_context(Tracker('b', log, fail=TypeError('tb')))
                raise ValueError('in body')
    return run(body)


def es_push(m):
    def body(log):
        with m.ExitStack() as stack:
            def exit_cb(*exc):
                log.append(('push-cb', exc[0].__name__ if exc[0] else None))
                return True
            r = stack.push(exit_cb)
            t = Tracker('pushed-cm', log)
            r2 = stack.push(t)
            log.append((r is exit_cb, r2 is t))
            raise ValueError('v')
        return 'after'
    return run(body)


def es_pop_all(m):
    def body(log):
        with m.ExitStack() as stack:
            stack.enter_context(Tracker('moved', log))
            stack.callback(log.append, 'moved-cb')
            new = stack.pop_all()
            log.append(('type', type(new).__name__, len(stack._exit_callbacks)))
        log.append('first stack exited')
        new.close()
        return 'closed'
    return run(body)


def es_close(m):
    def body(log):
        stack = m.ExitStack()
        stack.callback(log.append, 1)
        stack.callback(log.append, 2)
        stack.close()
        stack.close()
        return stack.__enter__() is stack
    return run(body)


def es_not_cm(m):
    def body(log):
        with m.ExitStack() as stack:
            stack.enter_context(object())
    return run(body)


def es_not_cm_local(m):
    class NotCM:
        pass

    def body(log):
        with m.ExitStack() as stack:
            stack.enter_context(NotCM())
    return run(body)


def es_enter_fails(m):
    class Bad:
        def __enter__(self):
            raise RuntimeError('enter failed')

        def __exit__(self, *a):
            pass

    def body(log):
        with m.ExitStack() as stack:
            stack.enter_context(Tracker('ok', log))
            stack.enter_context(Bad())
    return run(body)


def es_callback_decorator(m):
    def body(log):
        with m.ExitStack() as stack:
            @stack.callback
            def cleanup():
                log.append('decorated cleanup')
            log.append(cleanup.__name__)
        return 'ok'
    return run(body)


def es_exit_result(m):
    log = []
    s = m.ExitStack()
    s.enter_context(Tracker('x', log, suppress=True))
    r1 = s.__exit__(ValueError, ValueError('v'), None)
    s.enter_context(Tracker('y', log, suppress=True))
    r2 = s.__exit__(None, None, None)
    s.enter_context(Tracker('z', log))
    r3 = s.__exit__(ValueError, ValueError('v'), None)
    return log, r1, r2, r3


def es_nested(m):
    def body(log):
        with m.ExitStack() as outer:
            inner = outer.enter_context(m.ExitStack())
            inner.callback(log.append, 'inner cb')
            outer.callback(log.append, 'outer cb')
            raise ValueError('x')
    return run(body)


def es_context_manager_gen(m):
    tag = make_tag(m)

    def body(log):
        with m.ExitStack() as stack:
            for n in ('a', 'b'):
                log.append(stack.enter_context(tag(n, log)))
            raise KeyError('k')
    return run(body)


c.many('ExitStack', [
    es_basic, es_suppress, es_callback_raises, es_callback_raises_no_body_exc, es_raise_then_suppress,
    es_inside_handler, es_push, es_pop_all, es_close, es_not_cm, es_not_cm_local, es_enter_fails,
    es_callback_decorator, es_exit_result, es_nested, es_context_manager_gen,
])


# ----- ContextDecorator / AbstractContextManager -------------------------------------------
def cd_subclass(m):
    log = []

    class Ctx(m.ContextDecorator):
        def __enter__(self):
            log.append('enter')
            return self

        def __exit__(self, *exc):
            log.append(('exit', exc[0].__name__ if exc[0] else None))
            return False

    @Ctx()
    def f(x):
        """f doc"""
        log.append(('f', x))
        if x < 0:
            raise ValueError(x)
        return x

    r = [f(1)]
    try:
        f(-1)
    except ValueError:
        r.append('raised')
    with Ctx():
        log.append('with body')
    return log, r, f.__name__, f.__doc__


def acm(m):
    class R(m.AbstractContextManager):
        def __exit__(self, *a):
            return None
    r = R()
    with r as got:
        same = got is r
    return same, m.AbstractContextManager.__exit__(r, None, None, None), issubclass(R, m.AbstractContextManager)


c.many('misc', [
    cd_subclass, acm,
    lambda m: sorted(m.__all__) if False else [n in dir(m) for n in ('contextmanager', 'closing', 'nullcontext',
                                                                      'AbstractContextManager', 'ContextDecorator',
                                                                      'ExitStack', 'redirect_stdout',
                                                                      'redirect_stderr', 'suppress')],
    lambda m: m.AbstractContextManager().__enter__() is not None,
    lambda m: type('NoExit', (m.AbstractContextManager,), {})(),
    lambda m: type('WithExit', (m.AbstractContextManager,), {'__exit__': lambda s, *a: None})().__enter__().__class__.__name__,
    lambda m: type('Both', (m.AbstractContextManager, m.ContextDecorator), {'__exit__': lambda s, *a: None})()(len)('abc'),
    lambda m: type('NoneExit', (m.AbstractContextManager,), {'__exit__': None}).__name__,
    lambda m: [type(x).__name__ for x in (m.nullcontext(), m.suppress(), m.closing(None), m.ExitStack(),
                                           m.redirect_stdout(None), m.redirect_stderr(None))],
    lambda m: isinstance(m.ExitStack(), m.AbstractContextManager),
    lambda m: m.AbstractAsyncContextManager(),
    lambda m: (lambda g: (type(g).__name__, g.__doc__))(m.contextmanager(lambda: (yield))()),
])


# The conformance program's scenario.
def conformance(m):
    out = []

    @m.contextmanager
    def tag(name):
        out.append(f'<{name}>')
        try:
            yield name
        finally:
            out.append(f'</{name}>')

    with tag('div') as t:
        with tag('p'):
            out.append(('text in', t))
    with m.suppress(ZeroDivisionError):
        1 / 0
    out.append('suppress ok')
    try:
        with tag('err'):
            raise RuntimeError('inside')
    except RuntimeError as e:
        out.append(('caught', str(e)))
    return out


c.check('conformance', conformance)

sys.exit(c.report('contextlib'))
