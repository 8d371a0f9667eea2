"""Binary search in sorted sequences, and insertion keeping them sorted.

taipan's own implementation (pure Python), with the argument handling and
messages of CPython's C accelerator (_bisect).

Every function takes (a, x, lo=0, hi=len(a), *, key=None): the search covers
a[lo:hi]; with key, the items are compared as key(item) (and x as is, except
that insort compares key(x)).
"""

import sys


_MAXSIZE = getattr(sys, 'maxsize', (1 << 63) - 1)
_NULL = object()
_NAMES = ('a', 'x', 'lo', 'hi', 'key')


def _bind(fname, args, kwargs):
    """Binds (a, x, lo=0, hi=None, *, key=None) as CPython's argument parser does."""
    nargs = len(args)
    if not kwargs and 2 <= nargs <= 4:
        a, x = args[0], args[1]
        lo = args[2] if nargs > 2 else 0
        hi = args[3] if nargs > 3 else None
        key = None
    else:
        nkw = len(kwargs)
        if nargs + nkw > 5:
            raise TypeError('%s() takes at most 5 %sarguments (%d given)' % (
                fname, 'keyword ' if nargs == 0 else '', nargs + nkw))
        if nargs > 4:
            raise TypeError(f'{fname}() takes at most 4 positional arguments ({nargs} given)')
        values = list(args)
        remaining = nkw
        for i in range(nargs, 5):
            name = _NAMES[i]
            if remaining and name in kwargs:
                values.append(kwargs[name])
                remaining -= 1
            elif i < 2:
                raise TypeError(f"{fname}() missing required argument '{name}' (pos {i + 1})")
            else:
                values.append(_NULL)
        if remaining:
            for i in range(nargs):
                if _NAMES[i] in kwargs:
                    raise TypeError(f"argument for {fname}() given by name ('{_NAMES[i]}') "
                                    f"and position ({i + 1})")
            for k in kwargs:
                if k not in _NAMES:
                    raise TypeError(f"'{k}' is an invalid keyword argument for {fname}()")
        a, x, lo, hi, key = values
        if lo is _NULL:
            lo = 0
        if hi is _NULL:
            hi = None
        if key is _NULL:
            key = None
    if type(lo) is not int:
        lo = _index(lo)
    if lo > _MAXSIZE or lo < -_MAXSIZE - 1:
        raise OverflowError('Python int too large to convert to C ssize_t')
    if hi is None:
        hi = -1
    else:
        if type(hi) is not int:
            if not hasattr(type(hi), '__index__'):
                raise TypeError(f"argument should be integer or None, not '{type(hi).__name__}'")
            hi = _index(hi)
        if hi > _MAXSIZE or hi < -_MAXSIZE - 1:
            raise OverflowError("cannot fit 'int' into an index-sized integer")
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi == -1:
        hi = _size(a)
    return a, x, lo, hi, key


def _index(obj):
    try:
        meth = type(obj).__index__
    except AttributeError:
        raise TypeError(f"'{type(obj).__name__}' object cannot be interpreted as an integer") from None
    return meth(obj)


def _size(a):
    if type(a) is list:
        return len(a)
    if isinstance(a, dict):
        raise TypeError(f'{type(a).__name__} is not a sequence')
    return len(a)


def _checked_seq(a):
    """Raises CPython's error if `a` cannot be indexed as a sequence."""
    if isinstance(a, dict):
        raise TypeError(f'{type(a).__name__} is not a sequence')
    if not hasattr(type(a), '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object does not support indexing")


def _right(a, x, lo, hi, key):
    if lo < hi and type(a) is not list:
        _checked_seq(a)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def _left(a, x, lo, hi, key):
    if lo < hi and type(a) is not list:
        _checked_seq(a)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def bisect_right(*args, **kwargs):
    """bisect_right(a, x, lo=0, hi=len(a), *, key=None): the index after the
    last item <= x in sorted a -- where a.insert() keeps a sorted, after equal
    items."""
    a, x, lo, hi, key = _bind('bisect_right', args, kwargs)
    return _right(a, x, lo, hi, key)


def bisect_left(*args, **kwargs):
    """bisect_left(a, x, lo=0, hi=len(a), *, key=None): the index of the first
    item >= x in sorted a -- where a.insert() keeps a sorted, before equal items."""
    a, x, lo, hi, key = _bind('bisect_left', args, kwargs)
    return _left(a, x, lo, hi, key)


def insort_right(*args, **kwargs):
    """insort_right(a, x, lo=0, hi=len(a), *, key=None): inserts x into sorted a,
    after the items equal to it."""
    a, x, lo, hi, key = _bind('insort_right', args, kwargs)
    if key is None:
        index = _right(a, x, lo, hi, None)
    else:
        index = _right(a, key(x), lo, hi, key)
    a.insert(index, x)


def insort_left(*args, **kwargs):
    """insort_left(a, x, lo=0, hi=len(a), *, key=None): inserts x into sorted a,
    before the items equal to it."""
    a, x, lo, hi, key = _bind('insort_left', args, kwargs)
    if key is None:
        index = _left(a, x, lo, hi, None)
    else:
        index = _left(a, key(x), lo, hi, key)
    a.insert(index, x)


# Backward compatibility aliases.
bisect = bisect_right
insort = insort_right
