print(repr(1), repr('a'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('\n\t\\'), repr('\x00\x7f'), repr('é'), repr('\u2028'))
print(repr(1.0), repr(0.1), repr(1e16), repr(1e-5), repr(float('nan')), repr(-float('inf')))
print(repr([1, 'a']), repr((1,)), repr({'a': 1}), repr(set()), repr({1}), repr(frozenset()))
print(repr(b'ab\x00\xff'), repr(bytearray(b'x')))
print(repr(None), repr(True), repr(...), repr(NotImplemented))
print(repr(range(3)), repr(slice(1, 2)), repr(3j), repr(1 + 2j))
class A:
    def __repr__(self): return 'A()'
print(repr(A()), [A()], str(A()))
l = [1]
l.append(l)
print(l)
d = {}
d['self'] = d
print(d)
