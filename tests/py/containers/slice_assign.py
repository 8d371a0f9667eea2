# Slice assignment: same-length replacement in place, list/tuple sources taken directly,
# and the general splice; old items released exactly once.
import sys
a = list(range(10))
a[2:5] = [20, 30, 40]; print(a)
a[2:5] = (7, 8); print(a)
a[:3] = a; print(a)
b = [1, 2, 3]; b[0:3] = b; print(b)
b[1:1] = (9,); print(b)
b[10:20] = [5, 5]; print(b)
b[-2:] = ['x', 'y']; print(b)
c = [[1], [2], [3]]; x = c[0]; c[0:2] = [x, x]; print(c)
c[::-1] = [1, 2, 3]; print(c)
d = list(range(6)); d[1:4] = "abc"; print(d)
d[5:2] = [0, 0]; print(d)
try:
    d[0:2] = 5
except TypeError as e: print(e)
o = object()
base = sys.getrefcount(o)
e = [o, o, o]
e[0:3] = (1, 2, 3)
e[0:2] = [o, o]
e[0:2] = [o]
del e
print(sys.getrefcount(o) - base)
