"""taipan functools vs CPython functools."""
import sys

from _harness import Checker, load, real_module, optional, StringIO, Random

import operator
mine = load('functools')
real = real_module('functools')
c = Checker(mine, real)


def f(*a, **k):
    return a, k


def g(a, b=2, *, c=3):
    "g's doc"
    return (a, b, c)


# ----- reduce ----------------------------------------------------------------
c.many('reduce', [
    lambda m: m.reduce(operator.mul, range(1, 8)),
    lambda m: m.reduce(lambda a, b: a + b, ['a', 'b'], 'z'),
    lambda m: m.reduce(operator.add, [5]),
    lambda m: m.reduce(operator.add, [], 7),
    lambda m: m.reduce(operator.add, iter([1, 2, 3])),
    lambda m: m.reduce(lambda a, b: [a, b], 'abcd'),
    lambda m: m.reduce(operator.add, [1, 2], None),
    lambda m: m.reduce(),
    lambda m: m.reduce(1),
    lambda m: m.reduce(operator.add, []),
    lambda m: m.reduce(operator.add, 1),
    lambda m: m.reduce(operator.add, [1], x=1),
    lambda m: m.reduce(operator.add, [1], 2, 3),
    lambda m: m.reduce(None, [1, 2]),
    lambda m: m.reduce(None, [1]),
    lambda m: m.reduce(operator.add, [1, 'a']),
])

# ----- partial ----------------------------------------------------------------
c.many('partial', [
    lambda m: m.partial(int, base=2)('1011'),
    lambda m: repr(m.partial(int, base=2)),
    lambda m: repr(m.partial(f, 1, x=2)),
    lambda m: repr(m.partial(f)),
    lambda m: repr(m.partial(len)),
    lambda m: repr(m.partial(f, 'a', [1], k={'d': 1})),
    lambda m: repr(m.partial(m.partial(f, 1, x=2), 3, y=4)),
    lambda m: repr(m.partial(m.partial(f, 1, x=2), x=9)),
    lambda m: m.partial(m.partial(f, 1), 2).func is f,
    lambda m: m.partial(m.partial(f, 1), 2).args,
    lambda m: m.partial(m.partial(f, 1, a=1), 2, b=2).keywords,
    lambda m: (lambda q: (setattr(q, 'attr', 1), repr(m.partial(q, 2))))(m.partial(f, 1)),
    lambda m: (lambda q: (setattr(q, 'attr', 1), q.attr, q.__dict__))(m.partial(f, 1)),
    lambda m: m.partial(f, 1, x=2)(),
    lambda m: m.partial(f, 1, x=2)(x=5),
    lambda m: m.partial(f, 1, x=2)(5, y=6),
    lambda m: m.partial(f)(),
    lambda m: m.partial(f, 1, 2)(3),
    lambda m: m.partial(g, 1)(),
    lambda m: m.partial(g, c=9)(1, 2),
    lambda m: m.partial(g, 1, 2, 3)(),
    lambda m: m.partial(f, 1).func is f,
    lambda m: m.partial(f, 1).args,
    lambda m: m.partial(f, 1, x=2).keywords,
    lambda m: m.partial(f).keywords,
    lambda m: m.partial(f, 1).__dict__,
    lambda m: setattr(m.partial(f), 'func', 1),
    lambda m: setattr(m.partial(f), 'args', 1),
    lambda m: setattr(m.partial(f), 'keywords', 1),
    lambda m: delattr(m.partial(f), 'func'),
    lambda m: m.partial(),
    lambda m: m.partial(1),
    lambda m: m.partial(func=int),
    lambda m: repr(m.partial(f, **{'a-b': 1})),
    lambda m: m.partial.__name__,
    lambda m: str(type(m.partial(f))),
    lambda m: m.partial.__module__,
    lambda m: m.partial(f, 1, x=2).__reduce__(),
    lambda m: (lambda p: (p.__setstate__((g, (1,), {'c': 0}, None)), p(), p.args, p.keywords))(m.partial(f)),
    lambda m: (lambda p: (p.__setstate__((g, (1,), None, {'a': 1})), p(), p.keywords, p.a))(m.partial(f)),
    lambda m: m.partial(f).__setstate__((1,)),
    lambda m: m.partial(f).__setstate__((f, 1, {}, None)),
    lambda m: m.partial(f).__setstate__((1, (), {}, None)),
    lambda m: m.partial(f).__setstate__([f, (), {}, None]),
    lambda m: m.partial(f).__setstate__((f, (), 1, None)),
    lambda m: m.partial(f, 1) == m.partial(f, 1),
    lambda m: (lambda p: p == p)(m.partial(f)),
    lambda m: hasattr(m.partial(f), '__get__'),
    lambda m: (lambda p: (setattr(p, 'x', p), repr(p)))(m.partial(f)),
    lambda m: (lambda p: (p.keywords.__setitem__('z', 1), p()))(m.partial(f)),
    lambda m: m.partial(dict, a=1)(a=2),
    lambda m: m.partial(m.partial, f, 1)(2)(3),
    lambda m: sorted(m.partial(f, 1)() for _ in range(2)),
    lambda m: [m.partial(pow, 2)(i) for i in range(5)],
    lambda m: list(map(m.partial(int, base=16), ['ff', '10'])),
])


def _sub_partial(m):
    class P(m.partial):
        pass
    return repr(P(f, 1)), repr(m.partial(P(f, 1), 2)), repr(P(P(f, 1), 2)), type(P(f)).__name__


def _sub_partial_call(m):
    class P(m.partial):
        def __call__(self, *a, **k):
            return 'custom'
    return repr(m.partial(P(f, 1), 2)), m.partial(P(f, 1), 2)()


def _method_partial(m):
    class A:
        p = m.partial(f, 1)
    return A().p(2), A.p(3)


c.many('partial-sub', [_sub_partial, _sub_partial_call, _method_partial])


# ----- update_wrapper / wraps ----------------------------------------------------------
def _wraps(m):
    def deco(fn):
        @m.wraps(fn)
        def wrapper(*a):
            return fn(*a)
        return wrapper

    def target(x: int) -> int:
        "target doc"
        return x * 2
    target.extra = 'e'
    w = deco(target)
    return (w.__name__, w.__qualname__.split('.')[-1], w.__doc__, w.__module__, w.__annotations__,
            w.extra, w.__wrapped__ is target, w(4))


def _wraps_partial_obj(m):
    p = m.partial(f, 1)
    m.update_wrapper(p, g)
    return p.__name__, p.__doc__, p.__wrapped__ is g, sorted(p.__dict__)


def _wraps_missing(m):
    class CallableNoName:
        def __call__(self):
            return 1
    def w():
        pass
    m.update_wrapper(w, CallableNoName())
    return w.__name__, w.__doc__, type(w.__wrapped__).__name__


def _wraps_custom(m):
    def w():
        pass
    def src():
        "doc"
    src.d = 1
    r = m.update_wrapper(w, src, assigned=('__doc__',), updated=())
    return r is w, w.__name__, w.__doc__, hasattr(w, 'd')


def _wraps_chain(m):
    def a():
        pass
    def b():
        pass
    b.__wrapped__ = 'old'
    def c_():
        pass
    m.update_wrapper(c_, b)
    return c_.__wrapped__ is b


c.many('wraps', [
    lambda m: m.WRAPPER_ASSIGNMENTS,
    lambda m: m.WRAPPER_UPDATES,
    _wraps, _wraps_partial_obj, _wraps_missing, _wraps_custom, _wraps_chain,
    lambda m: m.update_wrapper(lambda: 0, f).__wrapped__ is f,
    lambda m: m.update_wrapper(1, f),
    lambda m: m.update_wrapper(lambda: 0, f, updated=('nope',)),
    lambda m: type(m.wraps(f)).__name__,
    lambda m: m.wraps(f).keywords['wrapped'] is f,
])


# ----- lru_cache ------------------------------------------------------------------------
def _lru_basic(m):
    calls = []

    @m.lru_cache(maxsize=2)
    def sq(x):
        calls.append(x)
        return x * x
    out = [sq(1), sq(2), sq(1), sq(3), sq(2), sq(1), sq(3)]
    return out, calls, sq.cache_info(), repr(sq.cache_info())


def _lru_typed(m):
    @m.lru_cache(typed=True)
    def ident(x):
        return (type(x).__name__, x)
    r = [ident(3), ident(3.0), ident(True), ident(3)]
    return r, ident.cache_info()


def _lru_untyped(m):
    @m.lru_cache()
    def ident(x):
        return (type(x).__name__, x)
    r = [ident(3), ident(3.0), ident(1), ident(True), ident('a'), ident(('a',))]
    return r, ident.cache_info()


def _lru_kwargs(m):
    @m.lru_cache(None)
    def h(a=1, b=2):
        return a + b
    r = [h(1, 2), h(a=1, b=2), h(b=2, a=1), h(1, b=2), h(a=1, b=2), h()]
    return r, h.cache_info()


def _lru_none(m):
    @m.lru_cache(maxsize=None)
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    return fib(90), fib.cache_info(), fib.cache_info().hits > 0, fib.cache_parameters()


def _lru_recursive_bounded(m):
    @m.lru_cache(maxsize=3)
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    r = fib(20)
    return r, fib.cache_info()


def _lru_zero(m):
    @m.lru_cache(0)
    def h(x):
        return x
    return h([1]), h([1]), h.cache_info(), h.cache_parameters()


def _lru_negative(m):
    @m.lru_cache(-5)
    def h(x):
        return x
    return h(1), h(1), h.cache_info(), h.cache_parameters()


def _lru_unhashable(m):
    @m.lru_cache
    def h(x):
        return x
    return h([1])


def _lru_exception(m):
    n = [0]

    @m.lru_cache(maxsize=10)
    def h(x):
        n[0] += 1
        if x < 0:
            raise ValueError(x)
        return x
    out = []
    for v in (1, -1, -1, 1):
        try:
            out.append(h(v))
        except ValueError as e:
            out.append(('err', e.args))
    return out, n[0], h.cache_info()


def _lru_clear(m):
    @m.lru_cache(maxsize=4)
    def h(x):
        return x
    for i in range(6):
        h(i)
    h(5)
    before = h.cache_info()
    h.cache_clear()
    after = h.cache_info()
    h(1)
    return before, after, h.cache_info()


def _lru_eviction_order(m):
    log = []

    @m.lru_cache(maxsize=3)
    def h(x):
        log.append(x)
        return x
    for x in [1, 2, 3, 1, 4, 2, 1, 3, 4, 5, 1]:
        h(x)
    return log, h.cache_info()


def _lru_info_fields(m):
    @m.lru_cache
    def h(x):
        return x
    h(1)
    h(1)
    info = h.cache_info()
    return (info.hits, info.misses, info.maxsize, info.currsize, tuple(info), info[0], len(info),
            type(info).__name__, info._fields, info._asdict(), info._replace(hits=9),
            info == (1, 1, 128, 1), isinstance(info, tuple))


def _lru_method(m):
    class A:
        def __init__(self, k):
            self.k = k

        @m.lru_cache
        def get(self, x):
            return self.k * x

        def __hash__(self):
            return hash(self.k)

        def __eq__(self, other):
            return isinstance(other, A) and self.k == other.k
    a, b = A(2), A(3)
    r = [a.get(1), b.get(1), a.get(1), A(2).get(1)]
    return r, A.get.cache_info(), a.get.__name__, A.get.__wrapped__.__name__


def _lru_wraps(m):
    @m.lru_cache(maxsize=7, typed=True)
    def documented(x):
        "docstring"
        return x
    return (documented.__name__, documented.__doc__, documented.__wrapped__(5),
            documented.cache_parameters(), documented.cache_parameters() is not documented.cache_parameters())


def _cache(m):
    @m.cache
    def h(x):
        return x * 2
    return h(1), h(1), h(2), h.cache_info(), h.cache_parameters()


def _lru_reentrant_same_key(m):
    depth = [0]

    @m.lru_cache(maxsize=2)
    def h(x):
        depth[0] += 1
        if depth[0] < 3:
            h(x)
        return depth[0]
    r = h(1)
    return r, h(1), h.cache_info()


def _lru_many_args(m):
    @m.lru_cache(maxsize=100)
    def h(*a, **k):
        return len(a) + len(k)
    return [h(), h(), h(1, 2), h(1, 2), h(1, x=1), h(1, x=1), h(x=1)], h.cache_info()


c.many('lru_cache', [
    _lru_basic, _lru_typed, _lru_untyped, _lru_kwargs, _lru_none, _lru_recursive_bounded, _lru_zero,
    _lru_negative, _lru_unhashable, _lru_exception, _lru_clear, _lru_eviction_order, _lru_info_fields,
    _lru_method, _lru_wraps, _cache, _lru_reentrant_same_key, _lru_many_args,
    lambda m: m.lru_cache(-1)(f).cache_parameters(),
    lambda m: m.lru_cache(1.5),
    lambda m: m.lru_cache('x'),
    lambda m: m.lru_cache(f, typed=1),
    lambda m: m.lru_cache(f).cache_info(),
    lambda m: m.lru_cache(maxsize=None)(f).cache_info(),
    lambda m: m.lru_cache()(f).cache_info().hits,
    lambda m: m.lru_cache(f).__wrapped__ is f,
    lambda m: m.lru_cache(f).__name__,
    lambda m: m.lru_cache(True)(f).cache_parameters(),
    lambda m: m.lru_cache(False)(f).cache_parameters(),
    lambda m: m.cache(f).cache_parameters(),
    lambda m: m.lru_cache(1)(1),
    lambda m: m.cache(),
    lambda m: m.lru_cache(maxsize=2, typed=True)(g)(1, c=2),
])


# ----- total_ordering -------------------------------------------------------------------
def _ordering(m, root):
    @m.total_ordering
    class N:
        def __init__(self, v):
            self.v = v

        def __eq__(self, other):
            return isinstance(other, N) and self.v == other.v

        def __repr__(self):
            return f'N({self.v})'
    ops = {
        '__lt__': lambda s, o: s.v < o.v if isinstance(o, N) else NotImplemented,
        '__le__': lambda s, o: s.v <= o.v if isinstance(o, N) else NotImplemented,
        '__gt__': lambda s, o: s.v > o.v if isinstance(o, N) else NotImplemented,
        '__ge__': lambda s, o: s.v >= o.v if isinstance(o, N) else NotImplemented,
    }
    setattr(N, root, ops[root])
    N = m.total_ordering(N)
    out = []
    for a in (1, 2, 3):
        for b in (1, 2, 3):
            x, y = N(a), N(b)
            out.append((x < y, x <= y, x > y, x >= y))
    try:
        N(1) < 5
    except TypeError as e:
        out.append(str(e))
    out.append(sorted([N(3), N(1), N(2)]))
    out.append(sorted(n for n in ('__lt__', '__le__', '__gt__', '__ge__') if n in N.__dict__))
    out.append([getattr(N, n).__name__ for n in ('__lt__', '__le__', '__gt__', '__ge__') if n != root])
    return out


def _ordering_card(m):
    @m.total_ordering
    class Card:
        order = '23456789TJQKA'

        def __init__(self, r):
            self.r = r

        def __eq__(self, o):
            return self.r == o.r

        def __lt__(self, o):
            return self.order.index(self.r) < self.order.index(o.r)

        def __repr__(self):
            return self.r
    hand = [Card(c_) for c_ in 'KT2A9']
    return sorted(hand), Card('A') > Card('K'), Card('2') >= Card('2'), Card('3') <= Card('2')


def _ordering_two_roots(m):
    @m.total_ordering
    class X:
        def __init__(self, v):
            self.v = v

        def __lt__(self, o):
            return ('lt', self.v < o.v)

        def __gt__(self, o):
            return ('gt', self.v > o.v)
    return X(1) < X(2), X(1) > X(2), X(1) <= X(2), X(1) >= X(2)


def _ordering_inherited(m):
    class Base:
        def __lt__(self, o):
            return True

    @m.total_ordering
    class D(Base):
        pass
    return 'roots' and sorted(k for k in ('__le__', '__gt__', '__ge__') if k in D.__dict__)


c.many('total_ordering', [
    lambda m: _ordering(m, '__lt__'),
    lambda m: _ordering(m, '__le__'),
    lambda m: _ordering(m, '__gt__'),
    lambda m: _ordering(m, '__ge__'),
    _ordering_card, _ordering_two_roots, _ordering_inherited,
    lambda m: m.total_ordering(type('X', (), {})),
    lambda m: m.total_ordering(type('X', (), {'__eq__': lambda s, o: True})),
])


# ----- cmp_to_key ------------------------------------------------------------------------
def _cmp(a, b):
    return (a > b) - (a < b)


c.many('cmp_to_key', [
    lambda m: sorted([5, 2, 8], key=m.cmp_to_key(lambda a, b: _cmp(b, a))),
    lambda m: sorted(['bb', 'a', 'ccc'], key=m.cmp_to_key(lambda a, b: len(a) - len(b))),
    lambda m: sorted([3, 1, 2], key=m.cmp_to_key(_cmp), reverse=True),
    lambda m: max([3, 1, 2], key=m.cmp_to_key(_cmp)),
    lambda m: min('hello', key=m.cmp_to_key(_cmp)),
    lambda m: (lambda K: [K(1) < K(2), K(1) > K(2), K(1) == K(1), K(1) != K(2), K(2) <= K(2), K(1) >= K(2)])(m.cmp_to_key(_cmp)),
    lambda m: m.cmp_to_key(lambda a, b: 0)(1) < 2,
    lambda m: m.cmp_to_key(lambda a, b: 0)(1) == 2,
    lambda m: m.cmp_to_key(lambda a, b: 0)(1) < m.cmp_to_key(lambda a, b: -1)(2),
    lambda m: m.cmp_to_key(lambda a, b: 'x')(1) < m.cmp_to_key(lambda a, b: 'x')(2),
    lambda m: str(type(m.cmp_to_key(lambda a, b: 0))),
    lambda m: str(type(m.cmp_to_key(lambda a, b: 0)(1))),
    lambda m: hash(m.cmp_to_key(lambda a, b: 0)(1)),
    lambda m: m.cmp_to_key(lambda a, b: 0)(1).obj,
    lambda m: m.cmp_to_key(lambda a, b: 0)(obj=3).obj,
    lambda m: m.cmp_to_key(lambda a, b: 0)(),
    lambda m: m.cmp_to_key(lambda a, b: 0)(1, 2),
    lambda m: m.cmp_to_key(lambda a, b: 0)(x=1),
    lambda m: m.cmp_to_key(),
    lambda m: m.cmp_to_key(mycmp=_cmp)(1) < m.cmp_to_key(mycmp=_cmp)(2),
    lambda m: m.cmp_to_key(_cmp, _cmp),
    lambda m: m.cmp_to_key(cmp=_cmp),
    lambda m: sorted([1, 'a'], key=m.cmp_to_key(_cmp)),
    lambda m: sorted(range(20), key=m.cmp_to_key(lambda a, b: (a % 3) - (b % 3))),
])


# ----- cached_property --------------------------------------------------------------------
def _cached_property(m):
    calls = []

    class A:
        def __init__(self, v):
            self.v = v

        @m.cached_property
        def double(self):
            "the double"
            calls.append(self.v)
            return self.v * 2
    a = A(3)
    r = [a.double, a.double, A(4).double, 'double' in a.__dict__]
    del a.double
    r.append(a.double)
    a.double = 'set'
    r.append(a.double)
    return r, calls, A.double.__doc__, A.double.attrname, type(A.double).__name__, A.double.func.__name__


def _cached_property_slots(m):
    class S:
        __slots__ = ('v',)

        @m.cached_property
        def p(self):
            return 1
    return S().p


def _cached_property_twice(m):
    cp = m.cached_property(lambda self: 1)

    class A:
        a = cp
        b = cp
    return 'no error'


def _cached_property_unnamed(m):
    cp = m.cached_property(lambda self: 1)

    class A:
        pass
    return cp.__get__(A(), A)


c.many('cached_property', [
    _cached_property, _cached_property_slots, _cached_property_unnamed,
    lambda m: _cached_property_twice(m),
])


# ----- singledispatch ---------------------------------------------------------------------
def _singledispatch(m):
    @m.singledispatch
    def show(x):
        "default doc"
        return ('default', x)

    @show.register(int)
    def _(x):
        return ('int', x)

    @show.register
    def _(x: list):
        return ('list', x)

    def for_str(x):
        return ('str', x)
    show.register(str, for_str)

    class MyInt(int):
        pass

    class Base:
        pass

    class Derived(Base):
        pass
    show.register(Base, lambda x: ('Base', type(x).__name__))
    out = [show(1), show(True), show(MyInt(5)), show([1]), show('s'), show(1.5), show(None),
           show(Derived()), show(Base()), show.__name__, show.__doc__,
           show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), '__name__') else None,
           show.dispatch(float) is show.__wrapped__,
           sorted(t.__name__ for t in show.registry),
           show.register(float)(lambda x: 'f')(0), show(2.5)]
    return out


def _singledispatch_union(m):
    @m.singledispatch
    def f_(x):
        return 'default'

    @f_.register
    def _(x: int | str):
        return 'int|str'
    f_.register(float | complex, lambda x: 'num')
    return f_(1), f_('a'), f_(1.0), f_(1j), f_([])


def _singledispatch_errors(m):
    out = []

    @m.singledispatch
    def f_(x):
        return 'd'
    for args in [(1,), ('notaclass', lambda x: 1), (lambda x: 1,)]:
        try:
            f_.register(*args)
        except TypeError as e:
            out.append(str(e).split(' at 0x')[0])
    try:
        f_()
    except TypeError as e:
        out.append(str(e))

    def bad(x: 'nonsense_name_xyz'):
        pass
    try:
        f_.register(bad)
    except (TypeError, NameError) as e:
        out.append(type(e).__name__)
    return out


def _singledispatch_mro(m):
    class A:
        pass

    class B(A):
        pass

    class C(B):
        pass

    @m.singledispatch
    def f_(x):
        return 'object'
    f_.register(A, lambda x: 'A')
    r1 = [f_(A()), f_(B()), f_(C())]
    f_.register(B, lambda x: 'B')
    r2 = [f_(A()), f_(B()), f_(C())]
    return r1, r2


def _singledispatch_abc(m):
    import collections.abc

    @m.singledispatch
    def f_(x):
        return 'object'
    f_.register(collections.abc.Sequence, lambda x: 'seq')
    f_.register(collections.abc.Mapping, lambda x: 'map')
    f_.register(list, lambda x: 'list')
    return f_([]), f_(()), f_({}), f_('s'), f_(1), f_(range(2))


def _singledispatchmethod(m):
    class A:
        @m.singledispatchmethod
        def go(self, arg):
            return ('default', arg)

        @go.register
        def _(self, arg: int):
            return ('int', arg)

        @go.register(str)
        def _(self, arg):
            return ('str', arg)
    a = A()
    return a.go(1), a.go('x'), a.go(1.5), A.go.__name__


c.many('singledispatch', [
    _singledispatch, _singledispatch_union, _singledispatch_errors, _singledispatch_mro,
    _singledispatch_abc, _singledispatchmethod,
])


# ----- partialmethod --------------------------------------------------------------------------
def _partialmethod(m):
    class Cell:
        def __init__(self):
            self._alive = False

        def set_state(self, state, *, note=None):
            self._alive = state
            return (state, note)
        set_alive = m.partialmethod(set_state, True)
        set_dead = m.partialmethod(set_state, False, note='rip')

        @classmethod
        def cm(cls, *a, **k):
            return (cls.__name__, a, k)
        pcm = m.partialmethod(cm, 1, k=2)

        @staticmethod
        def sm(*a):
            return a
        psm = m.partialmethod(sm, 'x')
        pfree = m.partialmethod(f, 'free')
        pnested = m.partialmethod(m.partialmethod(f, 1), 2, z=3)
    c_ = Cell()
    return (c_.set_alive(), c_._alive, c_.set_dead(), c_.set_dead(note='x'), Cell.pcm(3), c_.pcm(),
            c_.psm(), Cell.psm(1), c_.pfree(9), c_.pnested(4)[0][1:], Cell.set_alive(c_),
            repr(Cell.__dict__['set_dead']).split(' at ')[0], Cell.__dict__['pnested'].args)


c.many('partialmethod', [
    _partialmethod,
    lambda m: repr(m.partialmethod(f, 1, k=2)),
    lambda m: repr(m.partialmethod(f)),
    lambda m: repr(m.partialmethod(f, 1)),
    lambda m: repr(m.partialmethod(f, k=1)),
    lambda m: m.partialmethod(1),
    lambda m: m.partialmethod(f).__isabstractmethod__,
    lambda m: m.partialmethod(f, 1).func is f,
    lambda m: m.partialmethod(f, 1, a=2).keywords,
])

c.check('__all__', lambda m: sorted(m.__all__))

sys.exit(c.report('functools'))
