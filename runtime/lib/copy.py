"""Shallow and deep copies of objects: copy(x), deepcopy(x[, memo]), Error.

taipan's own implementation (pure Python).

A class controls its copies with __copy__() and __deepcopy__(memo), or through
the pickling protocol: __reduce_ex__/__reduce__, __getnewargs_ex__/__getnewargs__,
__getstate__ and __setstate__. Other instances are rebuilt from what
object.__reduce_ex__(4) gives: ``(copyreg.__newobj__, (cls, *args), state,
listitems, dictitems)``. Immutable atoms (numbers, strings, functions,
classes, ...) are their own copies. deepcopy's memo maps id(original) to copy,
which makes shared and cyclic structures come out shared and cyclic.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error   # backward compatibility


# ----- the types involved ------------------------------------------------------

def _a_function():
    pass


class _AClass:
    def method(self):
        pass


_FunctionType = type(_a_function)
_CodeType = type(_a_function.__code__)
_MethodType = type(_AClass().method)
_BuiltinFunctionType = type(len)
_BuiltinMethodType = type([].append)
_NoneType = type(None)
_EllipsisType = type(Ellipsis)
_NotImplementedType = type(NotImplemented)

del _a_function, _AClass


# ----- reduction ------------------------------------------------------------------

def _owner(cls, name):
    """The class of cls's MRO whose namespace defines `name` (None if none does)."""
    for base in getattr(cls, '__mro__', (cls,)):
        if name in base.__dict__:
            return base
    return None


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _instance_dict(x):
    try:
        d = x.__dict__
    except AttributeError:
        return None
    return d or None


# Base types whose instances carry a value that __new__ needs (CPython gives them
# __getnewargs__): how to read that value from an instance of a subclass.
_VALUE_TYPES = (
    (int, lambda x: (int.__int__(x),)),
    (float, lambda x: (float.__float__(x),)),
    (complex, lambda x: (complex.__complex__(x),) if hasattr(complex, '__complex__')
        else (complex(x.real, x.imag),)),
    (str, lambda x: (str.__str__(x),)),
    (bytes, lambda x: (bytes.__bytes__(x),) if hasattr(bytes, '__bytes__') else (bytes(x),)),
    (tuple, lambda x: (tuple.__getitem__(x, slice(None)),)),
)


# (Their own __getnewargs__ returns the same value: it is read directly instead.)
_VALUE_BASES = tuple(base for base, _ in _VALUE_TYPES)


def _slot_names(cls):
    """The instance attributes declared by the __slots__ of cls and its bases
    (private names mangled), as copyreg._slotnames lists them."""
    names = []
    for klass in getattr(cls, '__mro__', (cls,)):
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = klass.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _object_state(x, cls):
    """x.__getstate__(): the overriding method if any, else object's default --
    the instance dict (None if empty), paired with the slot values if any."""
    owner = _owner(cls, '__getstate__')
    if owner is not None and owner is not object:
        return x.__getstate__()
    state = _instance_dict(x)
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        if state is not None:
            state = {k: v for k, v in state.items() if k not in slots}
        return (state or None, slots)
    return state


def _new_arguments(x, cls):
    """(args, kwargs) for cls.__new__ when rebuilding x: from __getnewargs_ex__ or
    __getnewargs__, or the value of a builtin immutable base; None when x's class
    needs none."""
    if _owner(cls, '__getnewargs_ex__') is not None:
        r = x.__getnewargs_ex__()
        if not isinstance(r, tuple):
            raise TypeError(f'__getnewargs_ex__ should return a tuple, not {type(r).__name__!r}')
        if len(r) != 2:
            raise ValueError(f'__getnewargs_ex__ should return a tuple of length 2, not {len(r)}')
        args, kwargs = r
        if not isinstance(args, tuple):
            raise TypeError(f'first item of the tuple returned by __getnewargs_ex__ must be '
                            f'a tuple, not {type(args).__name__!r}')
        if not isinstance(kwargs, dict):
            raise TypeError(f'second item of the tuple returned by __getnewargs_ex__ must be '
                            f'a dict, not {type(kwargs).__name__!r}')
        return args, kwargs
    owner = _owner(cls, '__getnewargs__')
    if owner is not None and owner not in _VALUE_BASES:
        args = x.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError(f'__getnewargs__ should return a tuple, not {type(args).__name__!r}')
        return args, None
    for base, value in _VALUE_TYPES:
        if isinstance(x, base):
            return value(x), None
    return None


def _reduce_ex(x, cls):
    """x.__reduce_ex__(4), as CPython's object.__reduce_ex__ would produce it.

    A __reduce_ex__ or __reduce__ defined below `object` is used as is. Exceptions
    and sets are reduced as their CPython types reduce them. An instance whose
    __new__ needs arguments (see _new_arguments) is reduced here, to
    `(__newobj__, (cls, *args), state, listitems, dictitems)`; any other instance
    by the runtime's object.__reduce_ex__, which gives that tuple with no args.
    """
    owner = _owner(cls, '__reduce_ex__')
    if owner is not None and owner is not object:
        return x.__reduce_ex__(4)
    owner = _owner(cls, '__reduce__')
    if owner is not None and owner is not object:
        return x.__reduce__()
    if isinstance(x, BaseException):
        state = _instance_dict(x)
        if state is None:
            return (cls, x.args)
        return (cls, x.args, state)
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), _instance_dict(x))
    new_args = _new_arguments(x, cls)
    if new_args is None:
        return x.__reduce_ex__(4)
    args, kwargs = new_args
    state = _object_state(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return (_newobj_ex, (cls, args, kwargs), state, listitems, dictitems)
    return (_newobj, (cls,) + tuple(args), state, listitems, dictitems)


# ----- shallow copy ------------------------------------------------------------------

def _reduction(x, cls, what):
    """The reduce tuple (or string) of x, or Error when x has no reduce method."""
    if getattr(x, '__reduce_ex__', None) is not None:
        return _reduce_ex(x, cls)
    reductor = getattr(x, '__reduce__', None)
    if not reductor:
        raise Error('un(%s)copyable object of type %s' % (what, cls))
    return reductor()


def copy(x):
    """A shallow copy of x: a new container holding the same items, a new
    instance with the same attribute values; x itself for immutable atoms."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x                    # classes are atoms
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduction(x, cls, 'shallow')
    if isinstance(rv, str):
        return x                    # "a global": the object itself
    return _reconstruct(x, None, *rv)


def _copy_immutable(x):
    return x


_copy_dispatch = {}
for _t in (_NoneType, int, float, bool, complex, str, tuple, bytes, frozenset, type, range,
           slice, property, _BuiltinFunctionType, _BuiltinMethodType, _EllipsisType,
           _NotImplementedType, _FunctionType, _CodeType):
    _copy_dispatch[_t] = _copy_immutable


def _copy_method(x):
    # A bound method is rebuilt as CPython's method.__reduce__ says: getattr(self, name).
    return getattr(x.__self__, x.__func__.__name__)


_copy_dispatch[_MethodType] = _copy_method
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy
_copy_dispatch[bytearray] = bytearray.copy
del _t


# ----- deep copy ---------------------------------------------------------------------

def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: its contents copied recursively. `memo` maps the id of
    each object already copied to its copy (and is filled in)."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduction(x, cls, 'deep')
            y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)

    # Objects that are their own copies are not recorded.
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)        # so that its id stays unique while memo lives
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple that (through a cycle) copied itself already is taken from the memo.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    func = x.__func__
    obj = deepcopy(x.__self__, memo)
    try:
        return type(x)(func, obj)
    except TypeError:
        # The runtime cannot build method objects directly: bind through the class.
        return func.__get__(obj, type(obj))


_deepcopy_dispatch = {}
for _t in (_NoneType, _EllipsisType, _NotImplementedType, int, float, bool, complex, bytes,
           str, _CodeType, type, range, _BuiltinFunctionType, _BuiltinMethodType,
           _FunctionType, property):
    _deepcopy_dispatch[_t] = _deepcopy_atomic
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[_MethodType] = _deepcopy_method
del _t


def _keep_alive(x, memo):
    """Keeps a reference to x in the memo (under the memo's own id), so that the
    id used as a key is not reused by another object while the memo lives."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _apply_state(y, state):
    """Gives the new object y its state: through __setstate__ if it has one;
    otherwise a dict updates its __dict__, and a (dict, slots) pair also sets
    the slot attributes."""
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state is not None:
        try:
            namespace = y.__dict__
        except AttributeError:
            # No instance dict (a runtime whose state dict covers slots too).
            for name, value in state.items():
                setattr(y, name, value)
        else:
            namespace.update(state)
    if slotstate is not None:
        for name, value in slotstate.items():
            setattr(y, name, value)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    """Builds the copy of x from its reduce tuple; deep when memo is not None."""
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y         # before the contents: they may refer back to x
    if state is not None:
        _apply_state(y, deepcopy(state, memo) if deep else state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y
