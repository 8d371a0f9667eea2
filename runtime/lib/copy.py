"""Generic (shallow and deep) copying operations.

taipan's own implementation (pure Python).

Interface summary:

        import copy

        x = copy.copy(y)                # make a shallow copy of y
        x = copy.deepcopy(y)            # make a deep copy of y
        x = copy.deepcopy(y, memo)      # deep copy, sharing the memo dictionary

For module specific errors, copy.Error is raised.

Classes can use the same interfaces to control copying that they use to
control pickling: they can define methods called __getinitargs__(),
__getstate__() and __setstate__(), __reduce__()/__reduce_ex__(), and the
copy-specific __copy__() and __deepcopy__(memo).

Instances without those are rebuilt from ``__reduce_ex__(4)``: the result of
``(copyreg.__newobj__, (cls, *args), state, listitems, dictitems)``.
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


def _reduce_ex(x, cls):
    """x.__reduce_ex__(4), as CPython's object.__reduce_ex__ would produce it.

    A __reduce_ex__ or __reduce__ defined below `object` is used as is. Otherwise
    the runtime's object.__reduce_ex__ supplies `(__newobj__, (cls,), state,
    listitems, dictitems)`, completed here with what __new__ needs: the arguments
    from __getnewargs_ex__/__getnewargs__ (or, failing those, the value of a
    builtin immutable base), and the items of sets and the args of exceptions.
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
    rv = x.__reduce_ex__(4)
    if isinstance(rv, str) or not isinstance(rv, tuple) or len(rv) < 2:
        return rv
    func, args = rv[0], rv[1]
    if not (isinstance(args, tuple) and len(args) == 1 and args[0] is cls):
        return rv           # not the plain (__newobj__, (cls,)) form: leave it alone
    newargs = None
    kwargs = None
    if _owner(cls, '__getnewargs_ex__') is not None:
        r = x.__getnewargs_ex__()
        if not isinstance(r, tuple):
            raise TypeError(f'__getnewargs_ex__ should return a tuple, not {type(r).__name__!r}')
        if len(r) != 2:
            raise ValueError(f'__getnewargs_ex__ should return a tuple of length 2, not {len(r)}')
        newargs, kwargs = r
        if not isinstance(newargs, tuple):
            raise TypeError(f'first item of the tuple returned by __getnewargs_ex__ must be '
                            f'a tuple, not {type(newargs).__name__!r}')
        if not isinstance(kwargs, dict):
            raise TypeError(f'second item of the tuple returned by __getnewargs_ex__ must be '
                            f'a dict, not {type(kwargs).__name__!r}')
    elif _owner(cls, '__getnewargs__') is not None:
        newargs = x.__getnewargs__()
        if not isinstance(newargs, tuple):
            raise TypeError(f'__getnewargs__ should return a tuple, not {type(newargs).__name__!r}')
    else:
        for base, value in _VALUE_TYPES:
            if isinstance(x, base):
                newargs = value(x)
                break
    if newargs is None:
        return rv
    if kwargs:
        return (_newobj_ex, (cls, newargs, kwargs)) + tuple(rv[2:])
    return (func, (cls,) + newargs) + tuple(rv[2:])


# ----- shallow copy ------------------------------------------------------------------

def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        # A class is copied as itself.
        return x

    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)

    if getattr(x, '__reduce_ex__', None) is not None:
        rv = _reduce_ex(x, cls)
    else:
        reductor = getattr(x, '__reduce__', None)
        if reductor:
            rv = reductor()
        else:
            raise Error('un(shallow)copyable object of type %s' % cls)

    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _copy_immutable(x):
    return x


_copy_dispatch = {}
for _t in (_NoneType, int, float, bool, complex, str, tuple, bytes, frozenset, type, range,
           slice, property, _BuiltinFunctionType, _BuiltinMethodType, _EllipsisType,
           _NotImplementedType, _FunctionType, _CodeType):
    _copy_dispatch[_t] = _copy_immutable
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy
_copy_dispatch[bytearray] = bytearray.copy
del _t


# ----- deep copy ---------------------------------------------------------------------

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = x
        else:
            copier = getattr(x, '__deepcopy__', None)
            if copier is not None:
                y = copier(memo)
            else:
                if getattr(x, '__reduce_ex__', None) is not None:
                    rv = _reduce_ex(x, cls)
                else:
                    reductor = getattr(x, '__reduce__', None)
                    if reductor:
                        rv = reductor()
                    else:
                        raise Error('un(deep)copyable object of type %s' % cls)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)

    # An object that is its own copy is not memoized.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)    # x must outlive its id's use as a key
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


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
