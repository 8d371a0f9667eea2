"""Helpers for the with-statement (PEP 343).

taipan's own implementation (pure Python): contextmanager, suppress, closing,
nullcontext, redirect_stdout/redirect_stderr, ExitStack, ContextDecorator and
AbstractContextManager.
"""

import sys

__all__ = ['contextmanager', 'closing', 'nullcontext', 'AbstractContextManager',
           'ContextDecorator', 'ExitStack', 'redirect_stdout', 'redirect_stderr',
           'suppress']


def _wraps(wrapped):
    """functools.wraps, without importing functools."""
    def decorate(wrapper):
        for attr in ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__'):
            try:
                value = getattr(wrapped, attr)
            except AttributeError:
                continue
            setattr(wrapper, attr, value)
        wrapper.__dict__.update(getattr(wrapped, '__dict__', {}))
        wrapper.__wrapped__ = wrapped
        return wrapper
    return decorate


def _defines(cls, *names):
    """True when the MRO of cls provides every name (and none is set to None)."""
    mro = getattr(cls, '__mro__', (cls,))
    for name in names:
        owner = next((base for base in mro if name in base.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


def _abstractmethod(func):
    func.__isabstractmethod__ = True
    return func


class _AbstractBase:
    """A small stand-in for abc.ABC: a class that still has abstract methods (marked
    with __isabstractmethod__) cannot be instantiated."""

    _abstract_names = frozenset()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        names = set()
        for base in cls.__mro__[1:]:
            names.update(getattr(base, '_abstract_names', ()))
        for name, value in cls.__dict__.items():
            if getattr(value, '__isabstractmethod__', False):
                names.add(name)
        cls._abstract_names = frozenset(
            name for name in names if getattr(getattr(cls, name, None), '__isabstractmethod__', False))

    def __new__(cls, *args, **kwargs):
        abstract = cls._abstract_names
        if abstract:
            names = sorted(abstract)
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract "
                            f"method{'s' if len(names) > 1 else ''} {', '.join(names)}")
        return object.__new__(cls)


class AbstractContextManager(_AbstractBase):
    """Base class for context managers: __enter__ returns self; subclasses must
    define __exit__."""

    def __enter__(self):
        return self

    @_abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines(C, '__enter__', '__exit__')
        return NotImplemented


class AbstractAsyncContextManager(_AbstractBase):
    """Base class for asynchronous context managers; subclasses must define __aexit__."""

    async def __aenter__(self):
        return self

    @_abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _defines(C, '__aenter__', '__aexit__')
        return NotImplemented


class ContextDecorator(object):
    """Mixin: a context manager that can also decorate a function, running each
    call of it inside the context."""

    def _recreate_cm(self):
        # The manager used for one call of the decorated function; one-shot
        # managers return a fresh copy of themselves.
        return self

    def __call__(self, func):
        @_wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """What @contextmanager's managers share: the generator and how to rebuild it."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        # Once entered, the manager cannot be recreated: drop what that needed.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            # Normal exit: the generator must finish after its single yield.
            try:
                next(gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                gen.close()

        if value is None:
            # Only a type was given: make the instance, to recognise it when it
            # comes back out of the generator.
            value = typ()
        try:
            gen.throw(typ, value, traceback)
        except StopIteration as exc:
            # The generator finished: the exception is suppressed -- unless it is
            # the StopIteration raised in the with-body itself.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                # PEP 479 turned the StopIteration thrown in into a RuntimeError:
                # let the with-statement re-raise the original.
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            # The generator let the exception through: returning False makes the
            # with-statement re-raise it (an __exit__ must not raise it itself).
            exc.__traceback__ = traceback
            return False
        # The generator caught the exception and yielded again.
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            gen.close()


def contextmanager(func):
    """Decorator turning a generator function into a context manager factory.

    The generator runs up to its (single) yield on entry, the yielded value
    being bound by `as`; on exit it resumes, with the with-body's exception, if
    any, raised at the yield.
    """
    @_wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Context manager calling thing.close() on exit; `as` binds the thing."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # Previous streams, a stack: the manager may be re-entered.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager making sys.stdout the given file for its duration."""

    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Context manager making sys.stderr the given file for its duration."""

    _stream = 'stderr'


class suppress(AbstractContextManager):
    """Context manager swallowing the listed exception types (and subclasses);
    execution continues after the with-statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


def _relink_context(new_exc, old_exc, outer_exc):
    """Makes the context chain of `new_exc` (raised by an exit callback) lead to
    `old_exc` (what that callback was handling), as nested with-statements would:
    the chain is followed to `old_exc` (already right), to its end (left alone), or
    to `outer_exc` -- the exception handled around the whole stack -- where it is
    cut and pointed at `old_exc`."""
    while True:
        ctx = new_exc.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is outer_exc:
            break
        new_exc = ctx
    new_exc.__context__ = old_exc


class _BaseExitStack:
    """The callback stack of ExitStack."""

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        _exit_wrapper.__func__ = cm_exit
        return _exit_wrapper

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves every registered callback to a new stack, returned."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Registers an __exit__-like callable, or the __exit__ method of a context
        manager (looked up on its type). Such callbacks may suppress exceptions.
        Returns `exit`, so that it can be used as a decorator."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enters the context manager `cm`, registers its __exit__, and returns
        what its __enter__ returned."""
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = _enter(cm)
        self._push_cm_exit(cm, _exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds) to run on exit (it cannot suppress
        exceptions). Returns `callback`, so that it can be used as a decorator."""
        _exit_wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(self._create_exit_wrapper(cm, cm_exit), True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager running a stack of exit callbacks (last registered first)
    when it exits: enter_context() other managers, register callback()s, push()
    __exit__-like callables.

        with ExitStack() as stack:
            files = [stack.enter_context(open(name)) for name in names]
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        outer_exc = sys.exc_info()[1]
        current = exc_details           # what the next callback is told about
        suppressed = False
        raising = False
        callbacks = self._exit_callbacks
        while callbacks:
            _, cb = callbacks.pop()
            try:
                if cb(*current):
                    suppressed = True
                    raising = False
                    current = (None, None, None)
            except BaseException as new_exc:
                _relink_context(new_exc, current[1], outer_exc)
                raising = True
                current = (type(new_exc), new_exc, new_exc.__traceback__)
        if raising:
            exc = current[1]
            # Raising sets __context__ anew: put back the chain built above.
            context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = context
                raise
        return received_exc and suppressed

    def close(self):
        """Runs the callbacks now."""
        self.__exit__(None, None, None)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager doing nothing; `as` binds enter_result. A stand-in for
    an optional context manager."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass
