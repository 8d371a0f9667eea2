# range: len, indexing, slicing, containment, negative steps, errors.
r = range(10)
print(r, range(2, 8), range(0, 20, 3), range(5, -5, -2), list(range(0)), list(range(3, 1)))
for rr in (range(10), range(2, 8), range(0, 20, 3), range(5, -5, -2), range(10, 0), range(-3, 3), range(0, -10, -4)):
    print(rr, len(rr), list(rr), rr[0] if rr else None, rr[-1] if rr else None, bool(rr))
q = range(0, 100, 7)
print(q[3], q[-2], q[2:5], q[::-1], q[::2], q[-3:], q[5:2:-1], list(q[1:4]))
print(14 in q, 15 in q, -7 in q, 98 in q, 105 in q, 3.5 in range(5), 3.0 in range(5), "a" in range(3))
print(q.index(21), q.count(21), q.count(22), range(5).index(4))
try:
    q.index(22)
except ValueError as e:
    print("ValueError:", e)
try:
    q[100]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range()
except TypeError as e:
    print("TypeError:", e)
big = range(0, 3 * 10 ** 18, 3)
print(len(big), big[-1], 10 ** 18 + 1 in big, 10 ** 18 in big, big[10 ** 17], big[1:3])
huge = range(0, 10 ** 20, 3)
print(huge[-1], 10 ** 19 + 1 in huge, huge[10 ** 18], huge[::-1][0], huge.count(9))
try:
    len(range(10 ** 30))
except OverflowError as e:
    print("OverflowError:", e)
print(range(10 ** 30)[-1], range(3) == range(0, 3, 1), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
print(r.start, r.stop, r.step, range(1, 9, 2).step, hash(range(3)) == hash(range(0, 3)))
print(list(reversed(range(1, 10, 3))), sum(range(101)), max(range(-5, 5)), sorted(range(3, 0, -1)))
total = 0
for i in range(10, 0, -3):
    total += i
print(total, [i for i in range(-10, 10, 5)], tuple(range(3)), range(4)[True])
