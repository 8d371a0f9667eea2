"""Operator interface: the intrinsic operators of Python as functions.

taipan's own implementation (pure Python). Every function of CPython's
``operator`` module is provided, together with the double-underscore aliases,
``itemgetter``, ``attrgetter`` and ``methodcaller``.
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

_abs = abs


def _tname(obj):
    return type(obj).__name__


# ----- comparisons -------------------------------------------------------------

def lt(a, b, /):
    "Same as a < b."
    return a < b

def le(a, b, /):
    "Same as a <= b."
    return a <= b

def eq(a, b, /):
    "Same as a == b."
    return a == b

def ne(a, b, /):
    "Same as a != b."
    return a != b

def ge(a, b, /):
    "Same as a >= b."
    return a >= b

def gt(a, b, /):
    "Same as a > b."
    return a > b


# ----- logical -----------------------------------------------------------------

def not_(a, /):
    "Same as not a."
    return not a

def truth(a, /):
    "Return True if a is true, False otherwise."
    return True if a else False

def is_(a, b, /):
    "Same as a is b."
    return a is b

def is_not(a, b, /):
    "Same as a is not b."
    return a is not b


# ----- arithmetic and bitwise ----------------------------------------------------

def abs(a, /):
    "Same as abs(a)."
    return _abs(a)

def add(a, b, /):
    "Same as a + b."
    return a + b

def and_(a, b, /):
    "Same as a & b."
    return a & b

def floordiv(a, b, /):
    "Same as a // b."
    return a // b

def index(a, /):
    "Same as a.__index__()"
    if type(a) is int:
        return a
    try:
        meth = type(a).__index__
    except AttributeError:
        raise TypeError(f"'{_tname(a)}' object cannot be interpreted as an integer") from None
    result = meth(a)
    if not isinstance(result, int):
        raise TypeError(f"__index__ returned non-int (type {_tname(result)})")
    return result

def inv(a, /):
    "Same as ~a."
    return ~a

def invert(a, /):
    "Same as ~a."
    return ~a

def lshift(a, b, /):
    "Same as a << b."
    return a << b

def mod(a, b, /):
    "Same as a % b."
    return a % b

def mul(a, b, /):
    "Same as a * b."
    return a * b

def matmul(a, b, /):
    "Same as a @ b."
    return a @ b

def neg(a, /):
    "Same as -a."
    return -a

def or_(a, b, /):
    "Same as a | b."
    return a | b

def pos(a, /):
    "Same as +a."
    return +a

def pow(a, b, /):
    "Same as a ** b."
    return a ** b

def rshift(a, b, /):
    "Same as a >> b."
    return a >> b

def sub(a, b, /):
    "Same as a - b."
    return a - b

def truediv(a, b, /):
    "Same as a / b."
    return a / b

def xor(a, b, /):
    "Same as a ^ b."
    return a ^ b


# ----- sequences -------------------------------------------------------------------

_CONCAT_TYPES = (list, tuple, str, bytes, bytearray)


def _is_sequence(obj):
    # PySequence_Check: has __getitem__ and is not a mapping (dict).
    if isinstance(obj, dict):
        return False
    return hasattr(type(obj), '__getitem__')


def _concat_error(a):
    return TypeError(f"'{_tname(a)}' object can't be concatenated")


def concat(a, b, /):
    "Same as a + b, for a and b sequences."
    if not _is_sequence(a):
        raise _concat_error(a)
    if isinstance(a, _CONCAT_TYPES):
        return a + b
    if not _is_sequence(b):
        raise _concat_error(a)
    try:
        return a + b
    except TypeError as e:
        if str(e).startswith('unsupported operand'):
            raise _concat_error(a) from None
        raise

def contains(a, b, /):
    "Same as b in a (note reversed operands)."
    return b in a

def _iterate(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError(f"argument of type '{_tname(a)}' is not iterable") from None

def countOf(a, b, /):
    "Return the number of items in a which are, or which equal, b."
    n = 0
    for item in _iterate(a):
        if item is b or item == b:
            n += 1
    return n

def delitem(a, b, /):
    "Same as del a[b]."
    del a[b]

def getitem(a, b, /):
    "Same as a[b]."
    return a[b]

def indexOf(a, b, /):
    "Return the first index of b in a."
    i = 0
    for item in _iterate(a):
        if item is b or item == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')

def setitem(a, b, c, /):
    "Same as a[b] = c."
    a[b] = c

def length_hint(obj, default=0, /):
    """Return an estimate of the number of items in obj.

    This is useful for presizing containers when building from an iterable.

    If the object supports len(), the result will be exact.
    Otherwise, it may over- or under-estimate by an arbitrary amount.
    The result will be an integer >= 0.
    """
    if not isinstance(default, int):
        raise TypeError(f"'{_tname(default)}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    try:
        val = hint(obj)
    except TypeError:
        return default
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError(f'__length_hint__ must be an integer, not {_tname(val)}')
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val


# ----- other ---------------------------------------------------------------------------

def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


def _type_repr_name(obj):
    cls = type(obj)
    return f'{cls.__module__}.{cls.__qualname__}'


class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its operand.
    After f = attrgetter('name'), the call f(r) returns r.name.
    After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).
    After h = attrgetter('name.first', 'name.last'), the call h(r) returns
    (r.name.first, r.name.last).
    """
    __slots__ = ('_attrs', '_paths')

    def __init__(self, *attrs, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        paths = []
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
            paths.append(tuple(attr.split('.')))
        self._attrs = attrs
        self._paths = tuple(paths)

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError(f'attrgetter expected 1 argument, got {len(args)}')
        obj = args[0]
        paths = self._paths
        if len(paths) == 1:
            return _resolve_path(obj, paths[0])
        return tuple([_resolve_path(obj, p) for p in paths])

    def __repr__(self):
        return '%s(%s)' % (_type_repr_name(self), ', '.join(map(repr, self._attrs)))

    def __reduce__(self):
        return self.__class__, self._attrs


def _resolve_path(obj, path):
    for name in path:
        obj = getattr(obj, name)
    return obj


class itemgetter:
    """Return a callable object that fetches the given item(s) from its operand.
    After f = itemgetter(2), the call f(r) returns r[2].
    After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])
    """
    __slots__ = ('_items', '_single')

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items
        self._single = len(items) == 1

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError(f'itemgetter expected 1 argument, got {len(args)}')
        obj = args[0]
        if self._single:
            return obj[self._items[0]]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return '%s(%s)' % (_type_repr_name(self), ', '.join(map(repr, self._items)))

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """Return a callable object that calls the given method on its operand.
    After f = methodcaller('name'), the call f(r) returns r.name().
    After g = methodcaller('name', 'date', foo=1), the call g(r) returns
    r.name('date', foo=1).
    """
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, name = args[0], args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('methodcaller() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError(f'methodcaller expected 1 argument, got {len(args)}')
        return getattr(args[0], self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return '%s(%s)' % (_type_repr_name(self), ', '.join(parts))

    def __reduce__(self):
        if not self._kwargs:
            return self.__class__, (self._name,) + self._args
        from functools import partial
        return partial(self.__class__, self._name, **self._kwargs), self._args


# ----- in-place operations -------------------------------------------------------------

def iadd(a, b, /):
    "Same as a += b."
    a += b
    return a

def iand(a, b, /):
    "Same as a &= b."
    a &= b
    return a

def iconcat(a, b, /):
    "Same as a += b, for a and b sequences."
    if not _is_sequence(a):
        raise _concat_error(a)
    if isinstance(a, _CONCAT_TYPES):
        a += b
        return a
    if not _is_sequence(b):
        raise _concat_error(a)
    try:
        a += b
    except TypeError as e:
        if str(e).startswith('unsupported operand'):
            raise _concat_error(a) from None
        raise
    return a

def ifloordiv(a, b, /):
    "Same as a //= b."
    a //= b
    return a

def ilshift(a, b, /):
    "Same as a <<= b."
    a <<= b
    return a

def imod(a, b, /):
    "Same as a %= b."
    a %= b
    return a

def imul(a, b, /):
    "Same as a *= b."
    a *= b
    return a

def imatmul(a, b, /):
    "Same as a @= b."
    a @= b
    return a

def ior(a, b, /):
    "Same as a |= b."
    a |= b
    return a

def ipow(a, b, /):
    "Same as a **= b."
    a **= b
    return a

def irshift(a, b, /):
    "Same as a >>= b."
    a >>= b
    return a

def isub(a, b, /):
    "Same as a -= b."
    a -= b
    return a

def itruediv(a, b, /):
    "Same as a /= b."
    a /= b
    return a

def ixor(a, b, /):
    "Same as a ^= b."
    a ^= b
    return a


# ----- double-underscore aliases -----------------------------------------------------------

__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
