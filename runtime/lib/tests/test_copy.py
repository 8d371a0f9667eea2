"""taipan copy vs CPython copy."""
import sys

from _harness import Checker, load, real_module, optional, StringIO, Random

collections = optional('collections')
mine = load('copy')
real = real_module('copy')
c = Checker(mine, real)


class Plain:
    def __init__(self, a=1, b=None):
        self.a = a
        self.b = b if b is not None else [1, 2]

    def __repr__(self):
        return f'Plain({self.a!r}, {self.b!r})'

    def method(self):
        return self.a


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Slotted({getattr(self, "x", "?")!r}, {getattr(self, "y", "?")!r})'


class PartlySlotted(Slotted):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f'PartlySlotted({self.x!r}, {self.y!r}, {self.z!r})'


class HalfSet:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = [1]

    def __repr__(self):
        return f'HalfSet({getattr(self, "x", "?")!r}, {getattr(self, "y", "?")!r})'


class WithState:
    def __init__(self, v):
        self.v = v
        self.cache = 'expensive'

    def __getstate__(self):
        return {'v': self.v}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True

    def __repr__(self):
        return f'WithState({sorted(self.__dict__.items())})'


class NoneState:
    def __getstate__(self):
        return None

    def __repr__(self):
        return f'NoneState({sorted(self.__dict__.items())})'


class FalseState:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        return False

    def __setstate__(self, st):
        self.got = st

    def __repr__(self):
        return f'FalseState({sorted(self.__dict__.items())})'


class CustomCopy:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return ('copied', self.v)

    def __deepcopy__(self, memo):
        return ('deepcopied', self.v, len(memo))


class ReduceString:
    def __reduce__(self):
        return 'ReduceString'


class ReduceTuple:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (ReduceTuple, (self.a, self.b))

    def __repr__(self):
        return f'ReduceTuple({self.a!r}, {self.b!r})'


class ReduceEx:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, proto):
        return (ReduceEx, (('proto', proto, self.v),))

    def __repr__(self):
        return f'ReduceEx({self.v!r})'


class ReduceFull:
    def __init__(self):
        self.items = []
        self.d = {}

    def append(self, x):
        self.items.append(x)

    def __setitem__(self, k, v):
        self.d[k] = v

    def __reduce__(self):
        return (ReduceFull, (), {'extra': [1]}, iter([[1], [2]]), iter([('k', [3])]))

    def __repr__(self):
        return f'ReduceFull({self.items}, {self.d}, {getattr(self, "extra", None)})'


class NewArgs:
    def __new__(cls, a, b):
        self = object.__new__(cls)
        self.a, self.b = a, b
        return self

    def __getnewargs__(self):
        return (self.a, [self.b])

    def __repr__(self):
        return f'NewArgs({self.a!r}, {self.b!r})'


class NewArgsEx:
    def __new__(cls, *, k):
        self = object.__new__(cls)
        self.k = k
        return self

    def __getnewargs_ex__(self):
        return ((), {'k': self.k})

    def __repr__(self):
        return f'NewArgsEx({self.k!r})'


class MyList(list):
    pass


class MyDict(dict):
    pass


class MySet(set):
    pass


class MyFrozen(frozenset):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class MyFloat(float):
    pass


class MyExc(Exception):
    pass


Point = collections.namedtuple('Point', 'x y') if collections else (lambda x, y: (x, y))


def same_shape(a, b):
    return type(a) is type(b) and repr(a) == repr(b)


def _pair(m, fn, x):
    y = fn(x)
    return (repr(y), y is x, type(y).__name__)


def _both(m, make):
    x = make()
    s = m.copy(x)
    d = m.deepcopy(x)
    return (repr(s), type(s).__name__, s is x, repr(d), type(d).__name__, d is x, repr(x))


atoms = [None, 1, -5, 2 ** 100, 1.5, float('inf'), True, 1 + 2j, 'str', b'bytes', (), (1, 2), frozenset([1]),
         range(3), slice(1, 2), Ellipsis, NotImplemented, len, print, int, Plain, property(lambda s: 1),
         (lambda: 0).__code__, [].append]
for i, a in enumerate(atoms):
    c.check(f'atom copy {i}', lambda m, a=a: (m.copy(a) is a))
    c.check(f'atom deepcopy {i}', lambda m, a=a: (m.deepcopy(a) is a) if not isinstance(a, (tuple, frozenset)) or a == () or a == (1, 2) else None)


def _func():
    return 1


c.many('functions', [
    lambda m: m.copy(_func) is _func,
    lambda m: m.deepcopy(_func) is _func,
    lambda m: m.deepcopy(lambda x: x) is not None,
    lambda m: m.deepcopy([_func, Plain])[0] is _func,
])

c.many('builtins', [
    lambda m: _both(m, lambda: [1, [2, 3], {'a': [4]}]),
    lambda m: _both(m, lambda: {'nums': [1, 2], 'name': 'x'}),
    lambda m: _both(m, lambda: {1, 2, 3}),
    lambda m: _both(m, lambda: frozenset([1, (2, 3)])),
    lambda m: _both(m, lambda: bytearray(b'abc')),
    lambda m: _both(m, lambda: (1, [2], 3)),
    lambda m: _both(m, lambda: ([],)),
    lambda m: _both(m, lambda: (1, 2, (3, 4))),
    lambda m: (lambda x: (m.copy(x)[1] is x[1], m.deepcopy(x)[1] is x[1]))([1, [2]]),
    lambda m: (lambda x: (m.copy(x)['k'] is x['k'], m.deepcopy(x)['k'] is x['k']))({'k': []}),
    lambda m: (lambda x: m.deepcopy(x) is x)((1, 'a', (2, None))),
    lambda m: (lambda x: m.deepcopy(x) is x)((1, [2])),
    lambda m: (lambda x: m.deepcopy(x) is x)(frozenset([1])),
    lambda m: (lambda x: m.copy(x) is x)(bytearray(b'x')),
    lambda m: (lambda x: (m.deepcopy(x) == x, m.deepcopy(x) is x))({1: {2: {3: [4]}}}),
])


def _shared(m):
    inner = [1]
    outer = [inner, inner, {'again': inner}]
    d = m.deepcopy(outer)
    return d, d[0] is d[1], d[0] is d[2]['again'], d[0] is inner


def _cycle_list(m):
    cyc = [1]
    cyc.append(cyc)
    d = m.deepcopy(cyc)
    return repr(d), d[1] is d, d is not cyc, d[1][1][0]


def _cycle_dict(m):
    d = {'a': 1}
    d['self'] = d
    r = m.deepcopy(d)
    return repr(r), r['self'] is r


def _cycle_obj(m):
    a = Plain()
    a.b = a
    r = m.deepcopy(a)
    return r.b is r, r is not a, r.a


def _cycle_tuple(m):
    l = []
    t = (l,)
    l.append(t)
    r = m.deepcopy(t)
    return repr(r), r[0][0] is r, r is not t


def _memo(m):
    memo = {}
    x = [1, 2]
    y = m.deepcopy(x, memo)
    z = m.deepcopy(x, memo)
    keep = memo[id(memo)]
    return y is z, id(x) in memo, len(keep) >= 1, keep[0] is x


def _memo_prefill(m):
    x = [1]
    memo = {id(x): 'preset'}
    return m.deepcopy([x, x], memo)


c.many('deep-structure', [_shared, _cycle_list, _cycle_dict, _cycle_obj, _cycle_tuple, _memo, _memo_prefill])

c.many('instances', [
    lambda m: _both(m, lambda: Plain()),
    lambda m: (lambda x: (m.copy(x).b is x.b, m.deepcopy(x).b is x.b))(Plain()),
    lambda m: _both(m, lambda: Slotted([1], 'y')),
    lambda m: (lambda x: (m.copy(x).x is x.x, m.deepcopy(x).x is x.x))(Slotted([1], 2)),
    lambda m: _both(m, lambda: PartlySlotted(1, [2], [3])),
    lambda m: (lambda x: (m.copy(x).z is x.z, m.deepcopy(x).y is x.y))(PartlySlotted(1, [2], [3])),
    lambda m: _both(m, HalfSet),
    lambda m: _both(m, lambda: WithState([5])),
    lambda m: _both(m, NoneState),
    lambda m: _both(m, FalseState),
    lambda m: _both(m, lambda: CustomCopy(3)),
    lambda m: _both(m, ReduceString),
    lambda m: (lambda x: (m.copy(x) is x, m.deepcopy(x) is x))(ReduceString()),
    lambda m: _both(m, lambda: ReduceTuple([1], 'b')),
    lambda m: (lambda x: (m.copy(x).a is x.a, m.deepcopy(x).a is x.a))(ReduceTuple([1], 'b')),
    lambda m: _both(m, lambda: ReduceEx(7)),
    lambda m: _both(m, ReduceFull),
    lambda m: _both(m, lambda: NewArgs(1, 'two')),
    lambda m: _both(m, lambda: NewArgsEx(k=[5])),
    lambda m: _both(m, lambda: MyList([1, [2]])),
    lambda m: (lambda x: (setattr(x, 'tag', [1]), repr(m.copy(x)), m.copy(x).tag is x.tag, m.deepcopy(x).tag is x.tag, m.deepcopy(x)[1] is x[1]))(MyList([1, [2]])),
    lambda m: _both(m, lambda: MyDict(a=[1])),
    lambda m: (lambda x: (setattr(x, 'tag', 't'), m.copy(x).tag, m.deepcopy(x)['a'] is x['a'], type(m.deepcopy(x)).__name__))(MyDict(a=[1])),
    lambda m: _both(m, lambda: MySet([1, 2])),
    lambda m: (lambda x: (setattr(x, 'tag', 't'), m.copy(x).tag, sorted(m.deepcopy(x))))(MySet([1, 2])),
    lambda m: _both(m, lambda: MyFrozen([1, 2])),
    lambda m: _both(m, lambda: MyInt(5)),
    lambda m: (lambda x: (setattr(x, 'tag', [1]), m.copy(x).tag is x.tag, m.deepcopy(x).tag == [1], m.deepcopy(x) + 1))(MyInt(41)),
    lambda m: _both(m, lambda: MyStr('hello')),
    lambda m: _both(m, lambda: MyTuple((1, [2]))),
    lambda m: _both(m, lambda: MyFloat(2.5)),
    lambda m: _both(m, lambda: Point(1, [2])),
    lambda m: (lambda p: (m.copy(p).y is p.y, m.deepcopy(p).y is p.y, m.deepcopy(p)._fields))(Point(1, [2])),
    lambda m: _both(m, lambda: ValueError('boom', 2)),
    lambda m: _both(m, lambda: MyExc('custom')),
    lambda m: (lambda e: (setattr(e, 'extra', [1]), m.copy(e).extra is e.extra, m.deepcopy(e).extra, m.deepcopy(e).args))(KeyError('k')),
    lambda m: _both(m, lambda: collections.OrderedDict(a=1)),
    lambda m: _both(m, lambda: collections.deque([1, [2]])),
    lambda m: _both(m, lambda: collections.Counter('aab')),
    lambda m: _both(m, lambda: collections.defaultdict(list, a=[1])),
])


def _method_copy(m):
    p = Plain(5)
    bm = p.method
    s = m.copy(bm)
    d = m.deepcopy(bm)
    return s(), d(), d.__self__ is not p, s.__self__ is p, d.__func__ is bm.__func__


def _deep_method_in_structure(m):
    p = Plain(7)
    d = m.deepcopy({'obj': p, 'm': p.method})
    return d['m'].__self__ is d['obj'], d['m']()


c.many('methods', [_method_copy, _deep_method_in_structure])


class NoReduce:
    def __reduce_ex__(self, proto):
        raise TypeError('nope')


class Uncopyable:
    __reduce_ex__ = None
    __reduce__ = None


c.many('errors', [
    lambda m: m.copy(NoReduce()),
    lambda m: m.deepcopy(NoReduce()),
    lambda m: m.copy(Uncopyable()),
    lambda m: m.deepcopy(Uncopyable()),
    lambda m: m.Error.__name__,
    lambda m: m.error is m.Error,
    lambda m: issubclass(m.Error, Exception),
    lambda m: sorted(m.__all__),
    lambda m: m.deepcopy(iter([1, 2])),
    lambda m: m.copy(),
    lambda m: m.deepcopy(),
])


# The conformance program's scenario.
def _conformance(m):
    orig = {'nums': [1, 2], 'name': 'x'}
    shallow = m.copy(orig)
    deep = m.deepcopy(orig)
    orig['nums'].append(3)
    orig['name'] = 'y'
    cyc = [1]
    cyc.append(cyc)
    return shallow, deep, shallow['nums'] is orig['nums'], deep['nums'] is orig['nums'], m.deepcopy(cyc)[1][1][0]


c.check('conformance', _conformance)

sys.exit(c.report('copy'))
