"""taipan collections vs CPython collections."""
import sys

from _harness import Checker, load, real_module

mine = load('collections')
real = real_module('collections')
c = Checker(mine, real)


def dq(m, *ops):
    d = m.deque([1, 2, 3])
    for op in ops:
        op(d)
    return d, len(d), list(d)


c.many('deque', [
    lambda m: m.deque(), lambda m: m.deque('abc'), lambda m: m.deque(range(10), maxlen=3),
    lambda m: m.deque([1], 0), lambda m: m.deque([], -1), lambda m: m.deque([], 'x'),
    lambda m: dq(m, lambda d: d.append(4), lambda d: d.appendleft(0)),
    lambda m: dq(m, lambda d: d.rotate(1)), lambda m: dq(m, lambda d: d.rotate(-4)),
    lambda m: dq(m, lambda d: d.extendleft('ab')), lambda m: dq(m, lambda d: d.reverse()),
    lambda m: dq(m, lambda d: d.remove(2)), lambda m: dq(m, lambda d: d.insert(1, 'x')),
    lambda m: dq(m, lambda d: d.clear()), lambda m: dq(m, lambda d: d.__delitem__(-1)),
    lambda m: dq(m, lambda d: d.__setitem__(0, 'z')), lambda m: dq(m, lambda d: d.extend(d)),
    lambda m: m.deque([1, 2, 3]).pop(), lambda m: m.deque([1, 2, 3]).popleft(),
    lambda m: m.deque().pop(), lambda m: m.deque().popleft(), lambda m: m.deque([1])[1],
    lambda m: m.deque([1])[-2], lambda m: m.deque([1])['a'], lambda m: m.deque([1, 2]).index(3),
    lambda m: m.deque([1, 2, 1]).index(1, 1), lambda m: m.deque([1, 2, 1]).count(1),
    lambda m: m.deque([1]).remove(5), lambda m: m.deque([1], maxlen=1).insert(0, 2),
    lambda m: m.deque([1, 2]) == m.deque([1, 2]), lambda m: m.deque([1]) == [1],
    lambda m: m.deque([1, 2]) < m.deque([1, 3]), lambda m: m.deque([1]) + m.deque([2]),
    lambda m: m.deque([1]) + [2], lambda m: m.deque([1, 2]) * 2, lambda m: 2 * m.deque([0]),
    lambda m: hash(m.deque()), lambda m: list(reversed(m.deque('abc'))), lambda m: m.deque('ab').maxlen,
    lambda m: m.deque('abc', 5).copy(), lambda m: 'b' in m.deque('abc'),
])

c.many('defaultdict', [
    lambda m: m.defaultdict(), lambda m: m.defaultdict(list), lambda m: m.defaultdict(int, {'a': 1}),
    lambda m: m.defaultdict(None, a=2), lambda m: m.defaultdict(1), lambda m: m.defaultdict(None)['k'],
    lambda m: (lambda d: (d['x'].append(1), d)[1])(m.defaultdict(list)),
    lambda m: (lambda d: (d['x'], d.get('y'), 'y' in d, d)[1:])(m.defaultdict(int)),
    lambda m: m.defaultdict(int, a=1) | {'b': 2}, lambda m: m.defaultdict(list).copy(),
    lambda m: isinstance(m.defaultdict(), dict),
])

c.many('Counter', [
    lambda m: m.Counter(), lambda m: m.Counter('mississippi'), lambda m: m.Counter(a=2, b=0, c=-1),
    lambda m: m.Counter({'x': 3, 'y': 3, 'z': 4}).most_common(), lambda m: m.Counter('aabbbc').most_common(1),
    lambda m: m.Counter('aabbbc').most_common(0), lambda m: sorted(m.Counter('aab').elements()),
    lambda m: m.Counter('abc')['zz'], lambda m: m.Counter('aab') + m.Counter('bcc'),
    lambda m: m.Counter('aab') - m.Counter('bcc'), lambda m: m.Counter('aab') | m.Counter('bbc'),
    lambda m: m.Counter('aab') & m.Counter('bbc'), lambda m: -m.Counter(a=-2, b=3), lambda m: +m.Counter(a=-2, b=3),
    lambda m: (lambda x: (x.update('aaz'), x.subtract(a=5), x)[2])(m.Counter('ab')),
    lambda m: m.Counter('ab').total(), lambda m: m.Counter('ab') == m.Counter('ba'),
    lambda m: m.Counter(a=1) <= m.Counter(a=1, b=1), lambda m: m.Counter(a=1) < m.Counter(a=1),
    lambda m: m.Counter.fromkeys('ab'), lambda m: m.Counter('ab') + 1,
    lambda m: (lambda x: (x.__isub__(m.Counter('aaa')), x)[1])(m.Counter('ab')),
    lambda m: m.Counter([1, 'a', 1]), lambda m: m.Counter({'a': 1}).copy(),
])

c.many('OrderedDict', [
    lambda m: m.OrderedDict(), lambda m: m.OrderedDict(b=1, a=2), lambda m: m.OrderedDict([(1, 2), (3, 4)]),
    lambda m: (lambda o: (o.move_to_end('b'), o)[1])(m.OrderedDict(a=1, b=2, c=3)),
    lambda m: (lambda o: (o.move_to_end('c', False), o)[1])(m.OrderedDict(a=1, b=2, c=3)),
    lambda m: (lambda o: (o.popitem(), o.popitem(False), o))(m.OrderedDict(a=1, b=2, c=3)),
    lambda m: m.OrderedDict().popitem(), lambda m: m.OrderedDict(a=1).move_to_end('q'),
    lambda m: m.OrderedDict(a=1, b=2) == m.OrderedDict(b=2, a=1), lambda m: m.OrderedDict(a=1, b=2) == {'b': 2, 'a': 1},
    lambda m: m.OrderedDict.fromkeys('abc', 0), lambda m: m.OrderedDict(a=1) | {'b': 2},
    lambda m: list(reversed(m.OrderedDict(a=1, b=2))),
    lambda m: (lambda o: (o.keys(), o.values(), o.items(), type(o.keys()), len(o.items())))(m.OrderedDict(a=1, b=2)),
    lambda m: (lambda o: (list(reversed(o.items())), 'a' in o.keys(), ('b', 2) in o.items(), 2 in o.values()))(m.OrderedDict(a=1, b=2)),
    lambda m: (lambda o: (o.keys() == {'a', 'b'}, o.keys() & {'a'}, o.keys() - {'a'}, o.items() | set()))(m.OrderedDict(a=1, b=2)),
])


def nt(m):
    return m.namedtuple('Point', 'x y')


c.many('namedtuple', [
    lambda m: nt(m)(1, 2), lambda m: nt(m)(x=1, y=2)._asdict(), lambda m: nt(m)(1, 2)._replace(y=5),
    lambda m: nt(m)._make('ab'), lambda m: nt(m)._fields, lambda m: nt(m)(1), lambda m: nt(m)(1, 2, 3),
    lambda m: nt(m)(1, y=2, z=3), lambda m: nt(m)._make([1]), lambda m: nt(m)(1, 2)._replace(q=1),
    lambda m: nt(m).__doc__, lambda m: nt(m).x.__doc__, lambda m: nt(m).__new__.__doc__,
    lambda m: m.namedtuple('T', 'a b c', defaults=(1, 2))(0), lambda m: m.namedtuple('T', 'a b', defaults=(1,))._field_defaults,
    lambda m: m.namedtuple('T', ['a', 'for', '_b', 'a'], rename=True)._fields, lambda m: m.namedtuple('T', 'a for'),
    lambda m: m.namedtuple('T', 'a a'), lambda m: m.namedtuple('T', '_a'), lambda m: m.namedtuple('1T', 'a'),
    lambda m: m.namedtuple('T', 'a', defaults=(1, 2)), lambda m: m.namedtuple('T', '')(),
    lambda m: m.namedtuple('T', 'a')(5), lambda m: setattr(nt(m)(1, 2), 'x', 0),
    lambda m: nt(m)(1, 2) == (1, 2), lambda m: nt(m)(3, 4)[::-1], lambda m: nt(m).__match_args__,
])

c.many('ChainMap', [
    lambda m: m.ChainMap(), lambda m: m.ChainMap({1: 2}, {1: 3, 4: 5}), lambda m: m.ChainMap({1: 2}, {1: 3})[1],
    lambda m: len(m.ChainMap({1: 2}, {3: 4})), lambda m: m.ChainMap({})['x'], lambda m: m.ChainMap({1: 2}).new_child(),
    lambda m: list(m.ChainMap({1: 2}, {3: 4})), lambda m: m.ChainMap({}, {1: 2}).pop(1),
])

sys.exit(c.report('collections'))
