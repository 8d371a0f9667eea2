"""taipan operator vs CPython operator."""
import sys

from _harness import Checker, load, real_module, optional, StringIO, Random

import copy
mine = load('operator')
real = real_module('operator')
c = Checker(mine, real)


class V:
    """A value with every operator, in-place ones included, recording the call."""
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f'V({self.v!r})'

for _name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'and', 'or', 'xor',
              'lshift', 'rshift', 'matmul']:
    def _mk(name):
        def op(self, other):
            return V((name, self.v, other))
        def iop(self, other):
            self.v = ('i' + name, self.v, other)
            return self
        return op, iop
    _f, _if = _mk(_name)
    setattr(V, f'__{_name}__', _f)
    setattr(V, f'__i{_name}__', _if)
V.__neg__ = lambda self: V(('neg', self.v))
V.__pos__ = lambda self: V(('pos', self.v))
V.__invert__ = lambda self: V(('invert', self.v))
V.__abs__ = lambda self: V(('abs', self.v))


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class BadIdx:
    def __index__(self):
        return 'x'


class Seq:
    def __init__(self, items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)

    def __add__(self, other):
        if isinstance(other, Seq):
            return Seq(self.items + other.items)
        return NotImplemented

    def __repr__(self):
        return f'Seq({self.items})'


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v


binary = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'and_', 'or_', 'xor', 'lshift',
          'rshift', 'lt', 'le', 'eq', 'ne', 'gt', 'ge', 'is_', 'is_not']
pairs = [(7, 3), (-7, 3), (7, -3), (2.5, 2), (True, False), (0, 0), (3, 0), ('a', 'b'), ([1], [2]),
         ({1, 2}, {2, 3}), (1, 'a'), (None, None), (2, 100), (1 + 2j, 2), (10 ** 20, 7)]
for name in binary:
    for a, b in pairs:
        c.check(f'{name}{a, b}', lambda m, name=name, a=a, b=b: getattr(m, name)(a, b))
    dunder = '__' + name.rstrip('_') + '__'
    c.check(f'dunder {dunder}', lambda m, name=name, dunder=dunder: getattr(m, dunder) is getattr(m, name))
    c.check(f'{name} on V', lambda m, name=name: getattr(m, name)(V(1), 2))

inplace = ['iadd', 'isub', 'imul', 'itruediv', 'ifloordiv', 'imod', 'ipow', 'iand', 'ior', 'ixor',
           'ilshift', 'irshift', 'imatmul']
for name in inplace:
    for a, b in pairs + [((1, 2), (3,))]:
        c.check(f'{name}{a, b}', lambda m, name=name, a=a, b=b: getattr(m, name)(*copy.deepcopy((a, b))))
    c.check(f'{name} on V', lambda m, name=name: (lambda v: (getattr(m, name)(v, 5) is v, v))(V(1)))
    c.check(f'{name} alias', lambda m, name=name: getattr(m, '__' + name + '__') is getattr(m, name))
c.check('iadd list identity', lambda m: (lambda l: (m.iadd(l, [2]) is l, l))([1]))
c.check('iconcat list identity', lambda m: (lambda l: (m.iconcat(l, (2,)) is l, l))([1]))

unary = ['neg', 'pos', 'abs', 'invert', 'inv', 'not_', 'truth', 'index']
for name in unary:
    for a in [5, -3, 0, True, 2.5, -2.5, 'x', [], [0], None, 1 + 1j, Idx(4), BadIdx(), 10 ** 30]:
        c.check(f'{name}({a!r})', lambda m, name=name, a=a: getattr(m, name)(a))
    c.check(f'{name} on V', lambda m, name=name: getattr(m, name)(V(1)) if name not in ('index',) else None)
c.many('unary-aliases', [
    lambda m: [m.__neg__ is m.neg, m.__pos__ is m.pos, m.__abs__ is m.abs, m.__inv__ is m.inv,
               m.__invert__ is m.invert, m.__not__ is m.not_, m.__index__ is m.index],
    lambda m: m.matmul(V(1), 2),
    lambda m: m.__matmul__(V(1), 2),
    lambda m: m.matmul(1, 2),
    lambda m: m.abs(-2.5),
    lambda m: m.pow(2, -1),
    lambda m: m.truediv(1, 0),
    lambda m: m.floordiv(1, 0),
    lambda m: m.mod('%s-%s', (1, 2)),
])

c.many('sequence', [
    lambda m: m.concat([1], [2]),
    lambda m: m.concat('a', 'b'),
    lambda m: m.concat((1,), (2,)),
    lambda m: m.concat(b'a', b'b'),
    lambda m: m.concat(1, 2),
    lambda m: m.concat([1], (2,)),
    lambda m: m.concat({}, {}),
    lambda m: m.concat('a', 1),
    lambda m: m.concat(range(3), range(2)),
    lambda m: m.concat(Seq([1]), Seq([2])),
    lambda m: m.concat(Seq([1]), 5),
    lambda m: m.concat(Seq([1]), [5]),
    lambda m: m.__concat__('x', 'y'),
    lambda m: m.iconcat(1, 2),
    lambda m: m.iconcat('a', 'b'),
    lambda m: m.iconcat({}, {}),
    lambda m: m.iconcat(Seq([1]), Seq([2])),
    lambda m: m.contains([1, 2], 2),
    lambda m: m.contains('abc', 'bc'),
    lambda m: m.contains({'a': 1}, 'a'),
    lambda m: m.contains(1, 1),
    lambda m: m.__contains__([1], 3),
    lambda m: m.countOf([1, 1.0, True, 2], 1),
    lambda m: m.countOf('banana', 'a'),
    lambda m: m.countOf([], 1),
    lambda m: m.countOf(1, 1),
    lambda m: (lambda n: m.countOf([n, n, float('nan')], n))(float('nan')),
    lambda m: m.indexOf((1, 2, 3), 3),
    lambda m: m.indexOf([1], 2),
    lambda m: m.indexOf(iter('abc'), 'c'),
    lambda m: m.indexOf(5, 2),
    lambda m: (lambda n: m.indexOf([1, n], n))(float('nan')),
    lambda m: m.getitem([1, 2], 1),
    lambda m: m.getitem({'a': 1}, 'a'),
    lambda m: m.getitem({'a': 1}, 'b'),
    lambda m: m.getitem([1], 5),
    lambda m: m.getitem('abcdef', slice(1, 4)),
    lambda m: (lambda l: (m.setitem(l, 0, 9), l))([1, 2]),
    lambda m: (lambda d: (m.setitem(d, 'k', 9), d))({}),
    lambda m: (lambda l: (m.delitem(l, 0), l))([1, 2]),
    lambda m: (lambda l: (m.delitem(l, slice(0, 2)), l))([1, 2, 3]),
    lambda m: m.delitem({}, 'x'),
    lambda m: m.setitem((), 0, 1),
    lambda m: [m.__getitem__ is m.getitem, m.__setitem__ is m.setitem, m.__delitem__ is m.delitem],
    lambda m: m.length_hint([1, 2]),
    lambda m: m.length_hint(iter([1, 2])),
    lambda m: m.length_hint(iter([]), 3),
    lambda m: m.length_hint(iter([1, 2]), 5),
    lambda m: m.length_hint(5),
    lambda m: m.length_hint(5, 7),
    lambda m: m.length_hint(object(), -1),
    lambda m: m.length_hint(1, 'a'),
    lambda m: m.length_hint(Hint(4)),
    lambda m: m.length_hint(Hint(NotImplemented), 9),
    lambda m: m.length_hint(Hint(-1)),
    lambda m: m.length_hint(Hint('x')),
    lambda m: m.length_hint(Hint(TypeError('t')), 2),
    lambda m: m.length_hint(Hint(ValueError('v')), 2),
    lambda m: m.length_hint(iter(range(10))),
    lambda m: m.call(len, [1]),
    lambda m: m.call(dict, a=1),
    lambda m: m.call(lambda *a, **k: (a, k), 1, 2, x=3),
    lambda m: m.__call__ is m.call,
    lambda m: m.index(True),
    lambda m: m.index(1.5),
    lambda m: m.index(BadIdx()),
    lambda m: m.is_(None, None),
    lambda m: m.is_not([], []),
    lambda m: m.truth([]),
    lambda m: m.not_(1),
])

c.many('itemgetter', [
    lambda m: m.itemgetter(1)([5, 6]),
    lambda m: m.itemgetter(1, 0)([5, 6]),
    lambda m: m.itemgetter('a', 'b')({'a': 1, 'b': 2}),
    lambda m: m.itemgetter(slice(1, 3))('abcd'),
    lambda m: m.itemgetter(-1)('abc'),
    lambda m: m.itemgetter(5)([1]),
    lambda m: m.itemgetter('x')({}),
    lambda m: m.itemgetter(0)(5),
    lambda m: sorted([('b', 2), ('a', 2), ('c', 1)], key=m.itemgetter(1, 0)),
    lambda m: repr(m.itemgetter(1)),
    lambda m: repr(m.itemgetter('a', 1)),
    lambda m: repr(m.itemgetter(slice(1, 3))),
    lambda m: repr(m.itemgetter((1, 2))),
    lambda m: m.itemgetter((1, 2))({(1, 2): 'tuple key'}),
    lambda m: m.itemgetter(),
    lambda m: m.itemgetter(1, x=1),
    lambda m: m.itemgetter(1)(),
    lambda m: m.itemgetter(1)([1, 2], [3]),
    lambda m: m.itemgetter(1)(x=1),
    lambda m: m.itemgetter(1) == m.itemgetter(1),
    lambda m: str(type(m.itemgetter(1))),
    lambda m: m.itemgetter(1).__reduce__()[1],
    lambda m: m.itemgetter(1, 2).__reduce__()[1],
    lambda m: m.itemgetter(1).__reduce__()[0] is m.itemgetter,
    lambda m: list(map(m.itemgetter(0), ['ab', 'cd'])),
])


class Obj:
    pass


o = Obj()
o.a = 1
o.b = Obj()
o.b.c = 'deep'
o.b.d = Obj()
o.b.d.e = 3.5

c.many('attrgetter', [
    lambda m: m.attrgetter('a')(o),
    lambda m: m.attrgetter('b.c')(o),
    lambda m: m.attrgetter('b.d.e')(o),
    lambda m: m.attrgetter('a', 'b.c')(o),
    lambda m: m.attrgetter('real')(3),
    lambda m: m.attrgetter('__class__.__name__')(1),
    lambda m: m.attrgetter('x')(o),
    lambda m: m.attrgetter('b.x')(o),
    lambda m: m.attrgetter('a.b')(1),
    lambda m: m.attrgetter('a')(1),
    lambda m: m.attrgetter('')(1),
    lambda m: m.attrgetter('a..b')(o),
    lambda m: repr(m.attrgetter('a')),
    lambda m: repr(m.attrgetter('a.b', 'c')),
    lambda m: repr(m.attrgetter('a..b')),
    lambda m: m.attrgetter(),
    lambda m: m.attrgetter(1),
    lambda m: m.attrgetter('a', 1),
    lambda m: m.attrgetter('a', x=1),
    lambda m: m.attrgetter('a')(),
    lambda m: m.attrgetter('a')(o, o),
    lambda m: m.attrgetter('a')(obj=o),
    lambda m: str(type(m.attrgetter('a'))),
    lambda m: m.attrgetter('a.b').__reduce__()[1],
    lambda m: m.attrgetter('a', 'b.c').__reduce__()[1],
    lambda m: sorted([3 + 1j, 1 + 5j, 2 + 0j], key=m.attrgetter('imag')),
])


class Talker:
    def say(self, *a, **k):
        return ('say', a, k)


c.many('methodcaller', [
    lambda m: m.methodcaller('upper')('abc'),
    lambda m: m.methodcaller('split', ',')('a,b'),
    lambda m: m.methodcaller('split', sep=',', maxsplit=1)('a,b,c'),
    lambda m: m.methodcaller('say', 1, 2, x=3)(Talker()),
    lambda m: m.methodcaller('__add__', 1)(2),
    lambda m: m.methodcaller('foo')(1),
    lambda m: repr(m.methodcaller('f')),
    lambda m: repr(m.methodcaller('f', 1, 'x', k=2, j=[1])),
    lambda m: m.methodcaller(),
    lambda m: m.methodcaller(1),
    lambda m: m.methodcaller(name='foo'),
    lambda m: m.methodcaller('a')(),
    lambda m: m.methodcaller('a')(1, 2),
    lambda m: m.methodcaller('upper')(x=1),
    lambda m: str(type(m.methodcaller('a'))),
    lambda m: m.methodcaller('f', 1).__reduce__()[1],
    lambda m: (lambda r: (r[0].args, r[0].keywords, r[1]))(m.methodcaller('f', 1, k=2).__reduce__()),
])

c.check('__all__', lambda m: sorted(m.__all__))
_ref = real if real is not None else mine
for name in _ref.__all__:
    c.check(f'has {name}', lambda m, name=name: callable(getattr(m, name)))
for name in dir(_ref):
    if name.startswith('__') and name.endswith('__') and callable(getattr(_ref, name)) and name not in (
            '__loader__', '__spec__', '__builtins__'):
        c.check(f'dunder {name}', lambda m, name=name: getattr(m, name).__name__)
c.check('names', lambda m: [getattr(m, n).__name__ for n in m.__all__ if n not in (
    'attrgetter', 'itemgetter', 'methodcaller')])

sys.exit(c.report('operator'))
