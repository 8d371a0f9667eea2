"""Tools for functions and callable objects: partial application, wrappers,
caching, ordering, reduction and single dispatch.

taipan's own implementation (pure Python).
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']


# ----- update_wrapper / wraps ------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes `wrapper` look like `wrapped`: copies the attributes named in
    `assigned` (those wrapped has), updates the dicts named in `updated` (the
    wrapper's __dict__) from wrapped's, sets wrapper.__wrapped__ = wrapped, and
    returns wrapper.
    """
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last so that a __wrapped__ copied from `wrapped`'s __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator applying update_wrapper(wrapper, wrapped, assigned, updated)
    to the function it decorates -- partial(update_wrapper, wrapped=..., ...).
    """
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ----- total_ordering ------------------------------------------------------------------

_SYMBOL = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}

# How total_ordering derives one comparison from another ("root") one, r = a ROOT b:
#   'not'         ->  not r
#   'or_eq'       ->  r or a == b
#   'not_or_eq'   ->  not r or a == b
#   'and_ne'      ->  r and a != b
#   'not_and_ne'  ->  not r and a != b
_DERIVATIONS = {
    '__lt__': (('__gt__', 'not_and_ne'), ('__le__', 'or_eq'), ('__ge__', 'not')),
    '__le__': (('__ge__', 'not_or_eq'), ('__lt__', 'and_ne'), ('__gt__', 'not')),
    '__gt__': (('__lt__', 'not_and_ne'), ('__ge__', 'or_eq'), ('__le__', 'not')),
    '__ge__': (('__le__', 'not_or_eq'), ('__gt__', 'and_ne'), ('__lt__', 'not')),
}

_FORMULA_TEXT = {
    'not': '(not a {r} b)',
    'or_eq': '(a {r} b) or (a == b)',
    'not_or_eq': '(not a {r} b) or (a == b)',
    'and_ne': '(a {r} b) and (a != b)',
    'not_and_ne': '(not a {r} b) and (a != b)',
}


def _derive(opname, root, how):
    """The method `opname` computed from the class's `root` comparison."""
    if how == 'not':
        def method(self, other):
            r = getattr(type(self), root)(self, other)
            if r is NotImplemented:
                return r
            return not r
    elif how == 'or_eq':
        def method(self, other):
            r = getattr(type(self), root)(self, other)
            if r is NotImplemented:
                return r
            return r or self == other
    elif how == 'not_or_eq':
        def method(self, other):
            r = getattr(type(self), root)(self, other)
            if r is NotImplemented:
                return r
            return not r or self == other
    elif how == 'and_ne':
        def method(self, other):
            r = getattr(type(self), root)(self, other)
            if r is NotImplemented:
                return r
            return r and self != other
    else:
        def method(self, other):
            r = getattr(type(self), root)(self, other)
            if r is NotImplemented:
                return r
            return not r and self != other
    method.__name__ = opname
    method.__qualname__ = f'_{opname.strip("_")}_from_{root.strip("_")}'
    method.__doc__ = 'Return a {} b.  Computed by @total_ordering from {}.'.format(
        _SYMBOL[opname], _FORMULA_TEXT[how].format(r=_SYMBOL[root]))
    return method


# The derived methods are made once and shared by every decorated class.
_convert = {root: [(opname, _derive(opname, root, how)) for opname, how in derived]
            for root, derived in _DERIVATIONS.items()}


def total_ordering(cls):
    """Class decorator: from one of __lt__, __le__, __gt__, __ge__ (and __eq__),
    supplies the other ordering methods the class lacks."""
    # The comparisons the class has are those it (or a base other than object) defines.
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = defined[0]       # __lt__ first, then __le__, __gt__, __ge__
    for opname, method in _convert[root]:
        if opname not in defined:
            setattr(cls, opname, method)
    return cls


# ----- cmp_to_key --------------------------------------------------------------------------

class KeyWrapper:
    """The key objects of cmp_to_key(): calling one wraps a value; comparing two
    calls the comparison function."""
    __slots__ = ('_cmp', 'obj')

    def __call__(self, *args, **kwargs):
        n = len(args) + len(kwargs)
        if n > 1:
            raise TypeError(f'K() takes at most 1 argument ({n} given)')
        if args:
            obj = args[0]
        elif 'obj' in kwargs:
            obj = kwargs['obj']
        else:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        if kwargs and 'obj' not in kwargs:
            raise TypeError(f"'{next(iter(kwargs))}' is an invalid keyword argument for K()")
        key = object.__new__(KeyWrapper)
        key._cmp = self._cmp
        key.obj = obj
        return key

    def __lt__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) == 0

    def __ne__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) != 0

    def __le__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) >= 0

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


def cmp_to_key(*args, **kwargs):
    """Convert a cmp= function into a key= function."""
    n = len(args) + len(kwargs)
    if n > 1:
        raise TypeError(f'cmp_to_key() takes at most 1 argument ({n} given)')
    if args:
        mycmp = args[0]
    elif 'mycmp' in kwargs:
        mycmp = kwargs['mycmp']
    else:
        raise TypeError("cmp_to_key() missing required argument 'mycmp' (pos 1)")
    if kwargs and 'mycmp' not in kwargs:
        raise TypeError(f"'{next(iter(kwargs))}' is an invalid keyword argument for cmp_to_key()")
    factory = object.__new__(KeyWrapper)
    factory._cmp = mycmp
    return factory


# ----- reduce ------------------------------------------------------------------------

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Folds the items of iterable from the left with a two-argument function:
    reduce(f, [a, b, c]) is f(f(a, b), c). With `initial`, the fold starts from
    it (and an empty iterable gives it back)."""
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    n = len(args)
    if n < 2:
        raise TypeError(f'reduce expected at least 2 arguments, got {n}')
    if n > 3:
        raise TypeError(f'reduce expected at most 3 arguments, got {n}')
    function = args[0]
    try:
        it = iter(args[1])
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if n == 3:
        value = args[2]
    else:
        for value in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    for element in it:
        value = function(value, element)
    return value


# ----- partial -----------------------------------------------------------------------

class _readonly:
    """A read-only view of a private slot (CPython's readonly member)."""

    def __init__(self, slot, doc):
        self._slot = slot
        self.__doc__ = doc

    def __set_name__(self, owner, name):
        self.__name__ = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self._slot)

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


_PARTIAL_SLOTS = ('_partial_func', '_partial_args', '_partial_keywords')
_repr_running = set()


def _has_instance_attrs(obj):
    try:
        d = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return False
    for k in d:
        if k not in _PARTIAL_SLOTS:
            return True
    return False


class partial:
    """partial(func, *args, **keywords): a callable that calls func with args
    followed by its own positional arguments, and with keywords updated by its
    own keyword arguments.
    """
    __slots__ = _PARTIAL_SLOTS + ('__dict__', '__weakref__')

    def __new__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        cls, func = args[0], args[1]
        args = args[2:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not _has_instance_attrs(func)):
            args = func._partial_args + args
            merged = dict(func._partial_keywords)
            merged.update(keywords)
            keywords = merged
            func = func._partial_func
        self = object.__new__(cls)
        self._partial_func = func
        self._partial_args = args
        self._partial_keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        kw = self._partial_keywords
        if kw:
            if keywords:
                merged = dict(kw)
                merged.update(keywords)
                keywords = merged
            else:
                keywords = kw
        return self._partial_func(*self._partial_args, *args, **keywords)

    func = _readonly('_partial_func', 'function object to use in future partial calls')
    args = _readonly('_partial_args', 'tuple of arguments to future partial calls')
    keywords = _readonly('_partial_keywords', 'dictionary of keyword arguments to future partial calls')

    def __repr__(self):
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__name__
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [repr(self._partial_func)]
            parts.extend(repr(a) for a in self._partial_args)
            parts.extend(f'{k!s}={v!r}' for k, v in self._partial_keywords.items())
            return f"{name}({', '.join(parts)})"
        finally:
            _repr_running.discard(key)

    def __reduce__(self):
        d = {k: v for k, v in self.__dict__.items() if k not in _PARTIAL_SLOTS}
        return type(self), (self._partial_func,), (self._partial_func, self._partial_args,
                                                   self._partial_keywords or None, d or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError('invalid partial state')
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (kwds is not None and not isinstance(kwds, dict))):
            raise TypeError('invalid partial state')
        if type(args) is not tuple:
            args = tuple(args)
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict:
            kwds = dict(kwds)
        d = self.__dict__
        for k in [k for k in d if k not in _PARTIAL_SLOTS]:
            del d[k]
        if namespace is not None:
            d.update(namespace)
        self._partial_func = func
        self._partial_args = args
        self._partial_keywords = kwds


# ----- partialmethod -------------------------------------------------------------------

class partialmethod:
    """partialmethod(func, *args, **keywords): like partial(), as a method
    descriptor: the instance (or class, for class methods) comes first, before
    args. func may be a descriptor (classmethod, staticmethod, ...) or any
    callable.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            # Flattening keeps cls/self in front of all the other arguments.
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ', '.join(map(repr, self.args))
        keywords = ', '.join(f'{k}={v!r}' for k, v in self.keywords.items())
        cls = self.__class__
        return f'{cls.__module__}.{cls.__qualname__}({self.func}, {args}, {keywords})'

    def _make_unbound_method(self):
        pm = self

        def _method(cls_or_self, /, *args, **keywords):
            merged = {**pm.keywords, **keywords}
            return pm.func(cls_or_self, *pm.args, *args, **merged)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # func is a descriptor (a function, classmethod, ...): apply the
                # arguments to what it binds to.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        # A plain callable: behave as a function would.
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# ----- lru_cache -----------------------------------------------------------------------

class CacheInfo(tuple):
    'CacheInfo(hits, misses, maxsize, currsize)'
    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')
    _field_defaults = {}

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != 4:
            raise TypeError(f'Expected 4 arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(self._fields, self)]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return self._make(values)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)

    hits = property(lambda self: self[0], doc='Alias for field number 0')
    misses = property(lambda self: self[1], doc='Alias for field number 1')
    maxsize = property(lambda self: self[2], doc='Alias for field number 2')
    currsize = property(lambda self: self[3], doc='Alias for field number 3')


_CacheInfo = CacheInfo
del CacheInfo

_kwd_mark = object()      # separates positional and keyword args in a key


def _make_key(args, kwds, typed):
    """The cache key of a call (CPython's C key layout)."""
    if not typed and not kwds:
        if len(args) == 1:
            key = args[0]
            t = type(key)
            if t is str or t is int:
                return key
        return args
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    return key


def lru_cache(maxsize=128, typed=False):
    """Decorator memoising a function in a cache of at most `maxsize` results,
    discarding the least recently used (maxsize=None: an unbounded cache).

    With typed=True, arguments of different types are cached apart (f(3) and
    f(3.0)). Arguments must be hashable. The decorated function has
    cache_info() -> CacheInfo(hits, misses, maxsize, currsize), cache_clear(),
    cache_parameters() and __wrapped__.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache without arguments.
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo):
    if not callable(user_function):
        raise TypeError('the first argument must be callable')
    make_key = _make_key
    cache = {}
    hits = misses = 0
    # The LRU order is a circular doubly linked list of [PREV, NEXT, KEY, RESULT].
    PREV, NEXT, KEY, RESULT = 0, 1, 2, 3
    root = []
    root[:] = [root, root, None, None]

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        cache_get = cache.get
        sentinel = object()

        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = make_key(args, kwds, typed)
            result = cache_get(key, sentinel)
            if result is not sentinel:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        cache_get = cache.get

        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = make_key(args, kwds, typed)
            link = cache_get(key)
            if link is not None:
                # Move the link to the most recently used end.
                link_prev, link_next = link[PREV], link[NEXT]
                link_prev[NEXT] = link_next
                link_next[PREV] = link_prev
                last = root[PREV]
                last[NEXT] = root[PREV] = link
                link[PREV] = last
                link[NEXT] = root
                hits += 1
                return link[RESULT]
            misses += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # The call itself added this key (recursion): keep that entry.
                return result
            if len(cache) >= maxsize and root[NEXT] is not root:
                # Full: drop the least recently used entry.
                oldest = root[NEXT]
                root[NEXT] = oldest[NEXT]
                oldest[NEXT][PREV] = root
                del cache[oldest[KEY]]
            last = root[PREV]
            link = [last, root, key, result]
            last[NEXT] = root[PREV] = link
            cache[key] = link
            return result

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        nonlocal hits, misses
        cache.clear()
        root[:] = [root, root, None, None]
        hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ----- singledispatch --------------------------------------------------------------------

def _mappingproxy(d):
    try:
        return type(type.__dict__)(d)
    except Exception:
        return d


def _is_union_type(cls):
    try:
        union = type(int | str)
    except TypeError:
        return False
    return isinstance(cls, union)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in cls.__args__)


def _find_impl(cls, registry):
    """lru_cache(maxsize=None)(user_function): a simple unbounded cache."""
    mro = getattr(cls, '__mro__', (cls, object))
    for base in mro:
        if base is object:
            break
        if base in registry:
            return registry[base]
    best = None
    for typ in registry:
        if typ is object or typ in mro:
            continue
        try:
            if issubclass(cls, typ):
                if best is None or issubclass(typ, best):
                    best = typ
        except TypeError:
            continue
    if best is not None:
        return registry[best]
    return registry.get(object)


def singledispatch(func):
    """Decorator making a generic function that picks its implementation by the
    class of its first argument (along that class's MRO). The decorated function
    is the default; others are added with its .register(cls[, func]) -- or with
    @.register on a function whose first parameter is annotated with the class.
    """
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        """The implementation used for arguments of class `cls`."""
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        except TypeError:
            return _find_impl(cls, registry)
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """register(cls, func) -> func: adds func as the implementation for cls
        (a class or union of classes); register(cls) is a decorator; register(func)
        takes the class from func's first annotation.
        """
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a class or union type.')
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f'Invalid first argument to `register()`: {cls!r}. '
                    f'Use either `@register(some_class)` or plain `@register` '
                    f'on an annotated function.'
                )
            func = cls
            # The first annotation (the first annotated parameter) gives the class.
            argname, cls = next(iter(ann.items()))
            if isinstance(cls, str):
                cls = _resolve_annotation(func, cls)
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} not all arguments are classes.')
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        if _is_union_type(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _mappingproxy(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


def _resolve_annotation(func, name):
    # A string annotation (a forward reference) names a class in the function's globals.
    return eval(name, getattr(func, '__globals__', {}))


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self
    (or cls). Wraps functions or other descriptors.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """register(cls, func) -> func: as singledispatch's register."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ----- cached_property -------------------------------------------------------------------

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance: the first access calls the method
    and stores the result in the instance __dict__ under the same name, where
    later accesses find it. Deleting the attribute makes it compute again."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            namespace = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f'instance to cache {name!r} property.') from None
        value = namespace.get(name, _NOT_FOUND)
        if value is not _NOT_FOUND:
            return value
        value = self.func(instance)
        try:
            namespace[name] = value
        except TypeError:
            raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                            f'does not support item assignment for caching {name!r} property.') from None
        return value
