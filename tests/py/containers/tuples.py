# tuples: construction, immutability, methods, comparison, hashing.
t = (1, 2, 3)
e = ()
one = (1,)
not_tuple = (1)
print(t, e, one, not_tuple, type(one).__name__, type(not_tuple).__name__, len(e), len(one))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: "a"}), 1, 2 == (1, 2)[1])
u = 4, 5, 6
print(u, t + u, t * 2, 2 * one, t[1], t[-1], t[::-1], t[1:], u[5:])
print(t.index(2), t.count(2), (1, 1, 2, 1).count(1), 3 in t, 9 not in t)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 9
except TypeError as err:
    print("TypeError:", err)
try:
    t[5]
except IndexError as err:
    print("IndexError:", err)
try:
    del t[0]
except TypeError as err:
    print("TypeError:", err)
try:
    t.append(4)
except AttributeError as err:
    print("AttributeError:", err)
try:
    (1,) + [2]
except TypeError as err:
    print("TypeError:", err)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1, 2) == [1, 2], () < (0,))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()), {(1, 2): "pair"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as err:
    print("TypeError:", err)
try:
    {(1, {}): 1}
except TypeError as err:
    print("TypeError:", err)
m = ([1], [2])
m[0].append(10)
print(m)
try:
    m[1] += [20]
except TypeError as err:
    print("TypeError:", err)
print(m)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), max(nested), sum(x for x, _ in nested))
a, b = (10, 20)
print(a, b, (a, b) == (10, 20), repr((1, "a", None, 2.5, (3,))), str(("x",)))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), min((3, 1), (2, 9)), tuple(reversed(t)))
