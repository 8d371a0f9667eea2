"""Iterator building blocks.

taipan's own implementation (pure Python). The iterator types are classes with
``__iter__``/``__next__``, named and printed as CPython's are (``count(5)``,
``<class 'itertools.count'>``), with CPython's argument checks and messages.

Endless: count, cycle, repeat.
Finite, driven by their input: accumulate, chain (and chain.from_iterable),
compress, dropwhile, filterfalse, groupby, islice, pairwise, starmap, takewhile,
tee, zip_longest.
Combinatoric: product, permutations, combinations, combinations_with_replacement.
"""

import sys

# (CPython's itertools has no __all__.)

_MAXSIZE = getattr(sys, 'maxsize', (1 << 63) - 1)
_MINSIZE = -_MAXSIZE - 1
_NULL = object()          # "no value" marker (CPython's NULL)


# ----- argument helpers (CPython's argument-clinic messages) -----------------------

def _tname(obj):
    return type(obj).__name__


def _index(obj):
    """operator.index(obj) with CPython's message."""
    if type(obj) is int:
        return obj
    try:
        meth = type(obj).__index__
    except AttributeError:
        raise TypeError(f"'{_tname(obj)}' object cannot be interpreted as an integer") from None
    return meth(obj)


def _ssize(obj):
    """A Py_ssize_t argument ("n" format)."""
    n = _index(obj)
    if n > _MAXSIZE or n < _MINSIZE:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return n


def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError(f'{name}() takes no keyword arguments')


def _check_positional(name, args, lo, hi):
    n = len(args)
    if n < lo:
        if lo == hi:
            raise TypeError(f"{name} expected {lo} argument{'s' if lo != 1 else ''}, got {n}")
        raise TypeError(f"{name} expected at least {lo} argument{'s' if lo != 1 else ''}, got {n}")
    if n > hi:
        if lo == hi:
            raise TypeError(f"{name} expected {hi} argument{'s' if hi != 1 else ''}, got {n}")
        raise TypeError(f"{name} expected at most {hi} argument{'s' if hi != 1 else ''}, got {n}")


def _parse(fname, args, kwargs, names, required, maxpos=None, defaults=()):
    """Binds positional-or-keyword parameters the way CPython's argument parser does.

    `names` are the parameter names, the first `required` of them required;
    `maxpos` limits how many may be given by position (keyword-only after it).
    Returns the list of values, `_NULL` for those not given.
    """
    nargs = len(args)
    nkw = len(kwargs)
    maxargs = len(names)
    if maxpos is None:
        maxpos = maxargs
    if nargs + nkw > maxargs:
        raise TypeError('%s() takes at most %d %sargument%s (%d given)' % (
            fname, maxargs, 'keyword ' if nargs == 0 else '', '' if maxargs == 1 else 's', nargs + nkw))
    if nargs > maxpos:
        raise TypeError('%s() takes %s %d positional argument%s (%d given)' % (
            fname, 'at most' if required < maxpos else 'exactly', maxpos, '' if maxpos == 1 else 's', nargs))
    values = list(args)
    remaining = nkw
    for i in range(nargs, maxargs):
        name = names[i]
        if remaining and name in kwargs:
            values.append(kwargs[name])
            remaining -= 1
        elif i < required:
            raise TypeError(f"{fname}() missing required argument '{name}' (pos {i + 1})")
        else:
            values.append(_NULL)
    if remaining:
        for i in range(nargs):
            if names[i] in kwargs:
                raise TypeError(f"argument for {fname}() given by name ('{names[i]}') and position ({i + 1})")
        for key in kwargs:
            if key not in names:
                raise TypeError(f"'{key}' is an invalid keyword argument for {fname}()")
    return values


def _is_number(obj):
    if isinstance(obj, (int, float, complex)):
        return True
    t = type(obj)
    return hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


# ----- infinite iterators ------------------------------------------------------------

class count:
    """count(start=0, step=1): start, start+step, start+2*step, ... without end."""
    __slots__ = ('_cnt', '_step')

    def __init__(self, *args, **kwargs):
        start, step = _parse('count', args, kwargs, ('start', 'step'), 0)
        if start is _NULL:
            start = 0
        if step is _NULL:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (type(self).__name__, self._cnt)
        return '%s(%r, %r)' % (type(self).__name__, self._cnt, step)

    def __reduce__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return type(self), (self._cnt,)
        return type(self), (self._cnt, step)


class cycle:
    """cycle(iterable): the iterable's items, then the same items again, forever
    (nothing if the iterable is empty)."""
    __slots__ = ('_it', '_saved', '_index')

    def __init__(self, *args, **kwargs):
        _no_keywords('cycle', kwargs)
        _check_positional('cycle', args, 1, 1)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is not None:
            for item in it:
                self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        i = self._index
        item = saved[i]
        i += 1
        self._index = 0 if i >= len(saved) else i
        return item


class repeat:
    """repeat(object[, times]): object, again and again -- `times` times, or
    without end when times is not given."""
    __slots__ = ('_element', '_cnt')

    def __init__(self, *args, **kwargs):
        element, times = _parse('repeat', args, kwargs, ('object', 'times'), 1)
        self._element = element
        if times is _NULL:
            self._cnt = -1
        else:
            n = _ssize(times)
            self._cnt = n if n > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        if cnt == 0:
            raise StopIteration
        if cnt > 0:
            self._cnt = cnt - 1
        return self._element

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        if self._cnt == -1:
            return '%s(%r)' % (type(self).__name__, self._element)
        return '%s(%r, %d)' % (type(self).__name__, self._element, self._cnt)

    def __reduce__(self):
        if self._cnt == -1:
            return type(self), (self._element,)
        return type(self), (self._element, self._cnt)


# ----- iterators terminating on the shortest input -----------------------------------------

class accumulate:
    """accumulate(iterable[, func, *, initial=None]): running totals of the items
    (running results of func(total, item) when func is given), starting with
    initial when it is given."""
    __slots__ = ('_it', '_func', '_total', '_initial')

    def __init__(self, *args, **kwargs):
        iterable, func, initial = _parse('accumulate', args, kwargs,
                                         ('iterable', 'func', 'initial'), 1, maxpos=2)
        self._it = iter(iterable)
        self._func = None if func is _NULL else func
        self._initial = None if initial is _NULL else initial
        self._total = _NULL

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        total = self._total
        if total is _NULL:
            total = value
        elif self._func is None:
            total = total + value
        else:
            total = self._func(total, value)
        self._total = total
        return total


class chain:
    """chain(*iterables): the items of the first iterable, then those of the
    second, and so on."""
    __slots__ = ('_source', '_active')

    def __init__(self, *iterables, **kwargs):
        _no_keywords('chain', kwargs)
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, *args):
        """chain.from_iterable(iterables): chain(*iterables), with the iterables
        taken lazily from one iterable."""
        if len(args) != 1:
            raise TypeError(f'chain.from_iterable() takes exactly one argument ({len(args)} given)')
        self = cls.__new__(cls)
        self._source = iter(args[0])
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            active = self._active
            if active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                except BaseException:
                    self._source = None
                    raise
                try:
                    active = self._active = iter(iterable)
                except BaseException:
                    self._source = None
                    raise
            for item in active:
                return item
            self._active = None
        raise StopIteration


class compress:
    """compress(data, selectors): the items of data whose matching selector is
    true; stops when either input ends."""
    __slots__ = ('_data', '_selectors')

    def __init__(self, *args, **kwargs):
        data, selectors = _parse('compress', args, kwargs, ('data', 'selectors'), 2)
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            datum = next(data)
            if next(selectors):
                return datum


class dropwhile:
    """dropwhile(predicate, iterable): the items of iterable from the first one
    for which predicate(item) is false."""
    __slots__ = ('_pred', '_it', '_start')

    def __init__(self, *args, **kwargs):
        _no_keywords('dropwhile', kwargs)
        _check_positional('dropwhile', args, 2, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._start = False

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if self._start:
            return next(it)
        pred = self._pred
        while True:
            item = next(it)
            if not pred(item):
                self._start = True
                return item


class takewhile:
    """takewhile(predicate, iterable): the items of iterable up to (not including)
    the first one for which predicate(item) is false."""
    __slots__ = ('_pred', '_it', '_stop')

    def __init__(self, *args, **kwargs):
        _no_keywords('takewhile', kwargs)
        _check_positional('takewhile', args, 2, 2)
        self._pred = args[0]
        self._it = iter(args[1])
        self._stop = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stop = True
        raise StopIteration


class filterfalse:
    """filterfalse(function, iterable): the items for which function(item) is
    false (the false items when function is None)."""
    __slots__ = ('_func', '_it')

    def __init__(self, *args, **kwargs):
        _no_keywords('filterfalse', kwargs)
        _check_positional('filterfalse', args, 2, 2)
        self._func = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        func = self._func
        it = self._it
        if func is None or func is bool:
            while True:
                item = next(it)
                if not item:
                    return item
        while True:
            item = next(it)
            if not func(item):
                return item


class groupby:
    """groupby(iterable, key=None): (key, group) pairs for the runs of consecutive
    items with equal keys (key(item), or the item itself). A group shares the
    underlying iterator: it is emptied once the groupby object moves on."""
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_currgrouper')

    def __init__(self, *args, **kwargs):
        iterable, key = _parse('groupby', args, kwargs, ('iterable', 'key'), 1)
        self._keyfunc = None if key is _NULL else key
        self._it = iter(iterable)
        self._tgtkey = _NULL
        self._currkey = _NULL
        self._currvalue = _NULL
        self._currgrouper = None

    def _step(self):
        value = next(self._it)
        keyfunc = self._keyfunc
        key = value if keyfunc is None else keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __iter__(self):
        return self

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            else:
                tgt = self._tgtkey
                cur = self._currkey
                if not (tgt is cur or tgt == cur):
                    break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        return (self._currkey, grouper)


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey
        parent._currgrouper = self

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if gbo._currvalue is _NULL:
            gbo._step()
        tgt = self._tgtkey
        cur = gbo._currkey
        if not (tgt is cur or tgt == cur):
            raise StopIteration
        value = gbo._currvalue
        gbo._currvalue = _NULL
        return value


_ISLICE_STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_ISLICE_INDEX_MSG = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_ISLICE_STEP_MSG = 'Step for islice() must be a positive integer or None.'


def _islice_ssize(obj):
    """PyNumber_AsSsize_t with the error cleared: -1 on any failure."""
    try:
        n = _index(obj)
    except TypeError:
        return -1
    if n > _MAXSIZE or n < _MINSIZE:
        return -1
    return n


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): the
    items of iterable that iterable[start:stop:step] would select from a list
    (no negative values; None for the defaults)."""
    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __init__(self, *args, **kwargs):
        _no_keywords('islice', kwargs)
        _check_positional('islice', args, 2, 4)
        seq = args[0]
        start, stop, step = 0, -1, 1
        if len(args) == 2:
            a1 = args[1]
            if a1 is not None:
                stop = _islice_ssize(a1)
                if stop == -1:
                    raise ValueError(_ISLICE_STOP_MSG)
        else:
            a1, a2 = args[1], args[2]
            if a1 is not None:
                start = _islice_ssize(a1)
            if a2 is not None:
                stop = _islice_ssize(a2)
                if stop == -1:
                    raise ValueError(_ISLICE_STOP_MSG)
        if start < 0 or stop < -1:
            raise ValueError(_ISLICE_INDEX_MSG)
        if len(args) == 4:
            a3 = args[3]
            if a3 is not None:
                step = _islice_ssize(a3)
        if step < 1:
            raise ValueError(_ISLICE_STEP_MSG)
        self._it = iter(seq)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop != -1 and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        nxt = self._next + self._step
        if stop != -1 and nxt > stop:
            nxt = stop
        self._next = nxt
        return item


class pairwise:
    """pairwise(iterable): the overlapping pairs (s0, s1), (s1, s2), ... of the
    items."""
    __slots__ = ('_it', '_old')

    def __init__(self, *args, **kwargs):
        _no_keywords('pairwise', kwargs)
        _check_positional('pairwise', args, 1, 1)
        self._it = iter(args[0])
        self._old = _NULL

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        try:
            if old is _NULL:
                old = self._old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _NULL
            raise
        self._old = new
        return (old, new)


class starmap:
    """starmap(function, iterable): function(*args) for each args of iterable."""
    __slots__ = ('_func', '_it')

    def __init__(self, *args, **kwargs):
        _no_keywords('starmap', kwargs)
        _check_positional('starmap', args, 2, 2)
        self._func = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


# ----- tee -----------------------------------------------------------------------------

_LINKCELLS = 57


class _tee_dataobject:
    __slots__ = ('it', 'values', 'nextlink', 'running')

    def __init__(self, it):
        self.it = it
        self.values = []
        self.nextlink = None
        self.running = False


class _tee:
    """One of the iterators tee() returns: copyable, sharing a buffer with its
    siblings."""
    __slots__ = ('_data', '_index')

    def __init__(self, *args, **kwargs):
        _no_keywords('_tee', kwargs)
        _check_positional('_tee', args, 1, 1)
        it = iter(args[0])
        if isinstance(it, _tee):
            self._data = it._data
            self._index = it._index
        else:
            self._data = _tee_dataobject(it)
            self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        i = self._index
        if i >= _LINKCELLS:
            link = data.nextlink
            if link is None:
                link = data.nextlink = _tee_dataobject(data.it)
            data = self._data = link
            i = 0
        values = data.values
        if i < len(values):
            value = values[i]
        else:
            if data.running:
                raise RuntimeError('cannot re-enter the tee iterator')
            data.running = True
            try:
                value = next(data.it)
            finally:
                data.running = False
            values.append(value)
        self._index = i + 1
        return value

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._data = self._data
        new._index = self._index
        return new


def tee(*args, **kwargs):
    """tee(iterable, n=2): a tuple of n independent iterators over the items of
    iterable."""
    if kwargs:
        raise TypeError('itertools.tee() takes no keyword arguments')
    _check_positional('tee', args, 1, 2)
    n = _ssize(args[1]) if len(args) > 1 else 2
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(args[0])
    if n == 0:
        return ()
    copyfunc = getattr(it, '__copy__', None)
    if copyfunc is not None:
        first = it
    else:
        first = _tee(it)
        copyfunc = first.__copy__
    result = [first]
    for _ in range(1, n):
        result.append(copyfunc())
    return tuple(result)


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): tuples of the i-th items of each
    iterable, until the longest is exhausted; the shorter ones supply fillvalue."""
    __slots__ = ('_its', '_numactive', '_fillvalue')

    def __init__(self, *args, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs['fillvalue']
        self._its = [iter(a) for a in args]
        self._numactive = len(self._its)
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._numactive == 0:
            raise StopIteration
        fill = self._fillvalue
        result = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                result.append(fill)
                continue
            try:
                item = next(it)
            except StopIteration:
                self._numactive -= 1
                if self._numactive == 0:
                    raise
                its[i] = None
                item = fill
            except BaseException:
                self._numactive = 0
                raise
            result.append(item)
        return tuple(result)


# ----- combinatoric iterators ------------------------------------------------------------

class product:
    """product(*iterables, repeat=1): the cartesian product of the iterables, as
    tuples, the rightmost element advancing fastest; with repeat=k, of the
    iterables repeated k times (product('ab', repeat=2) is product('ab', 'ab'))."""
    __slots__ = ('_pools', '_indices', '_result', '_stopped')

    def __init__(self, *args, **kwargs):
        repeat = 1
        if kwargs:
            (repeat,) = _parse('product', (), kwargs, ('repeat',), 0)
            repeat = 1 if repeat is _NULL else _ssize(repeat)
            if repeat < 0:
                raise ValueError('repeat argument cannot be negative')
        if repeat == 0:
            pools = []
        else:
            pools = [tuple(a) for a in args] * repeat
        self._pools = pools
        self._indices = [0] * len(pools)
        self._result = None
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        result = self._result
        if result is None:
            for pool in pools:
                if not pool:
                    self._stopped = True
                    raise StopIteration
            result = self._result = [pool[0] for pool in pools]
            return tuple(result)
        indices = self._indices
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j == len(pool):
                indices[i] = 0
                result[i] = pool[0]
                i -= 1
            else:
                indices[i] = j
                result[i] = pool[j]
                return tuple(result)
        self._stopped = True
        raise StopIteration


class permutations:
    """permutations(iterable, r=None): the r-length arrangements of the items
    (all of them when r is None), in lexicographic order of positions."""
    __slots__ = ('_pool', '_r', '_indices', '_cycles', '_first', '_stopped')

    def __init__(self, *args, **kwargs):
        iterable, r = _parse('permutations', args, kwargs, ('iterable', 'r'), 1)
        pool = tuple(iterable)
        n = len(pool)
        if r is _NULL or r is None:
            r = n
        else:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            r = _ssize(r)
            if r < 0:
                raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._stopped = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices[:r]])
        n = len(pool)
        if n == 0:
            self._stopped = True
            raise StopIteration
        cycles = self._cycles
        i = r - 1
        while i >= 0:
            c = cycles[i] - 1
            if c == 0:
                moved = indices[i]
                del indices[i]
                indices.append(moved)
                cycles[i] = n - i
                i -= 1
            else:
                cycles[i] = c
                indices[i], indices[-c] = indices[-c], indices[i]
                return tuple([pool[k] for k in indices[:r]])
        self._stopped = True
        raise StopIteration


class combinations:
    """combinations(iterable, r): the r-length subsequences of the items, in
    lexicographic order of positions (combinations('abc', 2): ab ac bc)."""
    __slots__ = ('_pool', '_r', '_indices', '_first', '_stopped')

    def __init__(self, *args, **kwargs):
        iterable, r = _parse('combinations', args, kwargs, ('iterable', 'r'), 2)
        r = _ssize(r)
        pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._stopped = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        r = self._r
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple([pool[k] for k in indices])


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r): like combinations(), but an
    item may be repeated (combinations_with_replacement('ab', 2): aa ab bb)."""
    __slots__ = ('_pool', '_r', '_indices', '_first', '_stopped')

    def __init__(self, *args, **kwargs):
        iterable, r = _parse('combinations_with_replacement', args, kwargs, ('iterable', 'r'), 2)
        r = _ssize(r)
        pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._stopped = (not pool) and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        r = self._r
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        return tuple([pool[k] for k in indices])
